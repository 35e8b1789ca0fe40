package org.skillcert.core.issue;

import java.util.List;
import java.util.Optional;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;

/**
 * What {@link IssueService} asks the registry about a result before issuing it: whether its result
 * id is bound to another holder, whether the holder is already certified for the same pass.
 */
final class RegistryChecks {
    private final CertificateRegistry registry;
    private final SerialAllocator serials;

    RegistryChecks(CertificateRegistry registry, SerialAllocator serials) {
        this.registry = registry;
        this.serials = serials;
    }

    /** The certificate of a result that no other certificate supersedes. */
    CertificateRecord latestFor(String resultId, CertificateRecord fallback) {
        List<CertificateRecord> all = registry.byResultId(resultId);
        for (CertificateRecord r : all) {
            if (all.stream().noneMatch(o -> r.number().equals(o.supersedes()))) {
                return r;
            }
        }
        return fallback;
    }

    /**
     * A problem the registry finds with a result: its result id already bound to another holder, or
     * the same holder already certified for this pass under another result id.
     */
    Optional<ResultProblem> registryProblem(CandidateResult result) {
        Optional<CertificateNumber> earlier = serials.earlier(result.resultId());
        if (earlier.isPresent()) {
            Optional<CertificateRecord> bound = registry.byNumber(earlier.get().toString());
            if (bound.isPresent()) {
                CertificateRecord r = bound.get().status() == CertificateStatus.SUPERSEDED
                        ? latestFor(result.resultId(), bound.get()) : bound.get();
                if (!r.idNumber().equals(result.idNumber().number())) {
                    return Optional.of(resultIdTaken(result, r));
                }
            }
            return Optional.empty();
        }
        return alreadyCertified(result);
    }

    /** The same holder already holds an ISSUED certificate for this pass under another result id. */
    Optional<ResultProblem> alreadyCertified(CandidateResult result) {
        for (CertificateRecord r : registry.byIdNumber(result.idNumber().number())) {
            if (r.status() == CertificateStatus.ISSUED && r.occupation().equals(result.occupation())
                    && r.job().equals(result.jobDirection().toString()) && r.level() == result.level().code()
                    && !result.resultId().equals(r.resultId())) {
                return Optional.of(new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.ALREADY_CERTIFIED, 0,
                        "R-ISS-1", "holder already has certificate " + r.number() + " for this occupation and level"));
            }
        }
        return Optional.empty();
    }

    static ResultProblem resultIdTaken(CandidateResult result, CertificateRecord bound) {
        return new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.RESULT_ID_TAKEN, 0, "R-NUM-5",
                "result id " + result.resultId() + " is already bound to certificate " + bound.number()
                        + " of another holder (" + bound.holderName() + ")");
    }
}
