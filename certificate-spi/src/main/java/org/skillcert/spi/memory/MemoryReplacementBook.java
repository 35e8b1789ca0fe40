package org.skillcert.spi.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.ReplacementRecord;
import org.skillcert.spi.internal.PortInputs;

/** An in-memory {@link ReplacementBook}: thread-safe, nothing survives the process. */
public final class MemoryReplacementBook implements ReplacementBook {
    private final Map<String, ReplacementRecord> records = new HashMap<>();

    /** Creates an empty book. */
    public MemoryReplacementBook() {
    }

    @Override
    public synchronized ReplacementRecord accept(ReplacementRecord application) {
        if (application.provedOn() != null) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "provedOn", application.provedOn().toString(),
                    0, "an application is accepted open; prove it with prove()");
        }
        ReplacementRecord stored = records.get(application.applicationId());
        if (stored != null) {
            if (!stored.sameApplication(application)) {
                throw new RegistryException(RegistryException.Reason.CONFLICT, "applicationId",
                        application.applicationId(), 0, "application " + application.applicationId()
                                + " is already recorded with other data");
            }
            return stored;
        }
        records.put(application.applicationId(), application);
        return application;
    }

    @Override
    public synchronized ReplacementRecord prove(String applicationId, LocalDate on, String actor) {
        PortInputs.checkField("applicationId", applicationId, 128);
        ReplacementRecord stored = records.get(applicationId);
        if (stored == null) {
            throw new RegistryException(RegistryException.Reason.UNKNOWN_APPLICATION, "applicationId", applicationId, 0,
                    "no replacement application " + applicationId);
        }
        if (stored.provedOn() != null) {
            return stored;
        }
        ReplacementRecord proved = stored.proved(on, actor);
        records.put(applicationId, proved);
        return proved;
    }

    @Override
    public synchronized Optional<ReplacementRecord> byId(String applicationId) {
        return Optional.ofNullable(records.get(applicationId));
    }

    @Override
    public synchronized List<ReplacementRecord> open() {
        List<ReplacementRecord> out = new ArrayList<>();
        for (ReplacementRecord r : records.values()) {
            if (r.provedOn() == null) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(ReplacementRecord::dueDate).thenComparing(ReplacementRecord::applicationId));
        return out;
    }

    @Override
    public synchronized List<ReplacementRecord> receivedBetween(LocalDate from, LocalDate to) {
        ReplacementBook.checkPeriod(from, to);
        List<ReplacementRecord> out = new ArrayList<>();
        for (ReplacementRecord r : records.values()) {
            if (!r.receivedOn().isBefore(from) && !r.receivedOn().isAfter(to)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(ReplacementRecord::receivedOn).thenComparing(ReplacementRecord::applicationId));
        return out;
    }

    @Override
    public synchronized List<ReplacementRecord> provedBetween(LocalDate from, LocalDate to) {
        ReplacementBook.checkPeriod(from, to);
        List<ReplacementRecord> out = new ArrayList<>();
        for (ReplacementRecord r : records.values()) {
            if (r.provedOn() != null && !r.provedOn().isBefore(from) && !r.provedOn().isAfter(to)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(ReplacementRecord::provedOn).thenComparing(ReplacementRecord::applicationId));
        return out;
    }
}
