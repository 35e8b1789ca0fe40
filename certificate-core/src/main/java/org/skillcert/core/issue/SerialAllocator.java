package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.Optional;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.Sequencer;

/**
 * The one place issuing and correcting take certificate numbers (R-NUM-5): the request id (a
 * result id, or {@code correction of <number>}) gets the same number on every call, so a re-run
 * after a crash never takes a second serial.
 */
final class SerialAllocator {
    private final Office office;
    private final Sequencer sequencer;

    SerialAllocator(Office office) {
        this.office = office;
        this.sequencer = office.storage().sequencer();
    }

    /** The number a request id obtained earlier, if any. */
    Optional<CertificateNumber> earlier(String requestId) {
        Optional<SerialBlock> block = sequencer.find(requestId);
        // a database row: parsed once here, at the edge
        return block.map(b -> CertificateNumber.parse(b.scope() + String.format("%06d", b.first()), NumberingProfile.NATIONAL));
    }

    /**
     * The number for a request: the one obtained earlier (a re-run, possibly on a later day), or
     * the next serial of the scope of {@code on}'s year and the level.
     *
     * @throws OfficeException {@code RESULT_ID_CONFLICT} if the request id obtained a number of
     *     another site or level earlier
     */
    CertificateNumber numberFor(String requestId, SkillLevel level, LocalDate on) {
        return numberFor(requestId, level, on, earlier(requestId));
    }

    /** As {@link #numberFor(String, SkillLevel, LocalDate)}, with {@link #earlier} already looked up. */
    CertificateNumber numberFor(String requestId, SkillLevel level, LocalDate on, Optional<CertificateNumber> earlier) {
        if (earlier.isPresent()) {
            CertificateNumber number = earlier.get();
            if (!number.siteCode().equals(office.institution().siteCode()) || number.level() != level) {
                throw new OfficeException(OfficeException.Reason.RESULT_ID_CONFLICT, requestId,
                        "request id " + requestId + " already obtained " + number + " (R-NUM-5)");
            }
            return number;
        }
        String scope = CertificateNumber.scopeOf(office.institution().siteCode(), on.getYear(), level);
        return CertificateNumber.of(office.institution().siteCode(), on.getYear(), level, sequencer.next(scope, requestId));
    }

    /** A provisional number of the right shape for checking a page before any serial is taken. */
    CertificateNumber provisional(SkillLevel level, LocalDate on) {
        return CertificateNumber.of(office.institution().siteCode(), on.getYear(), level, 1);
    }
}
