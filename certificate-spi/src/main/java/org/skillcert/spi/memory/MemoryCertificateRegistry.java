package org.skillcert.spi.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.PrintRun;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.StatusChange;
import org.skillcert.spi.internal.PortInputs;

/**
 * A {@link CertificateRegistry} in memory, one lock.
 */
public final class MemoryCertificateRegistry implements CertificateRegistry {
    private final Clock clock;
    /** Issue data as registered (status ISSUED), by number. */
    private final TreeMap<String, CertificateRecord> issued = new TreeMap<>();
    private final Map<String, List<StatusChange>> history = new HashMap<>();
    private final java.util.TreeSet<String> awaiting = new java.util.TreeSet<>();
    private final java.util.LinkedHashMap<String, PrintRun> runs = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> doneRuns = new java.util.HashSet<>();

    /** A registry stamping changes with the system clock. */
    public MemoryCertificateRegistry() {
        this(Clock.systemUTC());
    }

    /**
     * A registry stamping changes with the given clock.
     *
     * @param clock the clock
     */
    public MemoryCertificateRegistry(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CertificateRecord put(CertificateRecord record, String actor) {
        PortInputs.checkField("actor", actor, 200);
        if (record.status() != CertificateStatus.ISSUED || record.statusReason() != null) {
            throw new RegistryException(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, "status",
                    record.status().name(), 0, "a certificate is registered as ISSUED without a reason");
        }
        CertificateRecord existing = issued.get(record.number());
        if (existing != null) {
            if (!existing.sameIssue(record)) {
                throw new RegistryException(RegistryException.Reason.CONFLICT, "number", record.number(), 0,
                        "number " + record.number() + " is registered with other data");
            }
            return current(existing);
        }
        if (record.supersedes() != null) {
            CertificateRecord old = issued.get(record.supersedes());
            if (old == null || current(old).status() != CertificateStatus.ISSUED) {
                throw new RegistryException(RegistryException.Reason.BAD_SUPERSEDES, "supersedes",
                        record.supersedes(), 0, "the superseded certificate is unknown or not ISSUED");
            }
        }
        Instant now = clock.instant();
        issued.put(record.number(), record);
        awaiting.add(record.number());
        append(record.number(), CertificateStatus.ISSUED, null, actor, now);
        if (record.supersedes() != null) {
            append(record.supersedes(), CertificateStatus.SUPERSEDED, "superseded by " + record.number(), actor, now);
        }
        return current(record);
    }

    private StatusChange append(String number, CertificateStatus status, String reason, String actor, Instant at) {
        List<StatusChange> changes = history.computeIfAbsent(number, n -> new ArrayList<>());
        StatusChange change = new StatusChange(number, changes.size() + 1, status, reason, actor, at);
        changes.add(change);
        return change;
    }

    private CertificateRecord current(CertificateRecord base) {
        List<StatusChange> changes = history.get(base.number());
        StatusChange last = changes.get(changes.size() - 1);
        return base.withStatus(last.status(), last.reason());
    }

    @Override
    public synchronized Optional<CertificateRecord> byNumber(String number) {
        PortInputs.checkNumber(number);
        return Optional.ofNullable(issued.get(number)).map(this::current);
    }

    @Override
    public synchronized List<CertificateRecord> byIdNumber(String idNumber) {
        return issued.values().stream().filter(r -> r.idNumber().equals(idNumber)).map(this::current)
                .collect(Collectors.toList());
    }

    @Override
    public synchronized List<CertificateRecord> byResultId(String resultId) {
        return issued.values().stream().filter(r -> resultId.equals(r.resultId())).map(this::current)
                .collect(Collectors.toList());
    }

    @Override
    public synchronized Stream<CertificateRecord> issuedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw badPeriod(from, to);
        }
        // a snapshot, so that the caller may consume it without holding the lock
        List<CertificateRecord> found = issued.values().stream()
                .filter(r -> !r.issueDate().isBefore(from) && !r.issueDate().isAfter(to))
                .sorted(Comparator.comparing(CertificateRecord::issueDate).thenComparing(CertificateRecord::number))
                .map(this::current).collect(Collectors.toList());
        return found.stream();
    }

    static RegistryException badPeriod(Object from, Object to) {
        return new RegistryException(RegistryException.Reason.BAD_PERIOD, "to", String.valueOf(to), 0,
                "period ends (" + to + ") before it starts (" + from + ")");
    }

    @Override
    public synchronized StatusChange changeStatus(String number, CertificateStatus status, String reason,
            String actor) {
        PortInputs.checkNumber(number);
        PortInputs.checkField("reason", reason, 500);
        PortInputs.checkField("actor", actor, 200);
        List<StatusChange> changes = history.get(number);
        if (changes == null) {
            throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "number", number, 0,
                    "no certificate " + number);
        }
        StatusChange last = changes.get(changes.size() - 1);
        if (last.status() == status && Objects.equals(last.reason(), reason)) {
            return last;
        }
        checkChange(number, last.status(), status);
        return append(number, status, reason, actor, clock.instant());
    }

    /**
     * Refuses a status change other than ISSUED to REVOKED or VOID.
     *
     * @param number the certificate
     * @param from its current status
     * @param to the wanted status
     * @throws RegistryException {@code ILLEGAL_STATUS_CHANGE}
     */
    static void checkChange(String number, CertificateStatus from, CertificateStatus to) {
        if (from != CertificateStatus.ISSUED
                || (to != CertificateStatus.REVOKED && to != CertificateStatus.VOID)) {
            throw new RegistryException(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, "status", to.name(), 0,
                    number + " is " + from + "; only ISSUED becomes REVOKED or VOID here");
        }
    }

    @Override
    public synchronized List<StatusChange> history(String number) {
        PortInputs.checkNumber(number);
        return new ArrayList<>(history.getOrDefault(number, List.of()));
    }

    @Override
    public synchronized List<StatusChange> changesBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw badPeriod(from, to);
        }
        return history.values().stream().flatMap(List::stream)
                .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to))
                .sorted(Comparator.comparing(StatusChange::at).thenComparing(StatusChange::number)
                        .thenComparingInt(StatusChange::sequence))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized void documentWritten(String number) {
        PortInputs.checkNumber(number);
        if (!issued.containsKey(number)) {
            throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "number", number, 0, "no certificate " + number);
        }
        awaiting.remove(number);
    }

    @Override
    public synchronized List<CertificateRecord> awaitingDocument(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return awaiting.stream().limit(limit).map(n -> current(issued.get(n))).collect(Collectors.toList());
    }

    @Override
    public synchronized PrintRun recordPrintRun(PrintRun run) {
        PrintRun existing = runs.get(run.id());
        if (existing != null) {
            if (!existing.equals(run)) {
                throw new RegistryException(RegistryException.Reason.CONFLICT, "id", run.id(), 0,
                        "print run " + run.id() + " is recorded with other pages");
            }
            return existing;
        }
        for (PrintRun.Page page : run.pages()) {
            if (!issued.containsKey(page.certificateNumber())) {
                throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "certificateNumber",
                        page.certificateNumber(), 0, "no certificate " + page.certificateNumber());
            }
            for (PrintRun open : runs.values()) {
                if (!doneRuns.contains(open.id()) && open.pages().stream().anyMatch(p -> p.sheet() == page.sheet())) {
                    throw new RegistryException(RegistryException.Reason.CONFLICT, "sheet", Integer.toString(page.sheet()), 0,
                            "sheet " + String.format("%08d", page.sheet()) + " is on open print run " + open.id());
                }
            }
        }
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public synchronized void printRunDone(String id) {
        PrintRun run = runs.get(id);
        if (run == null) {
            throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "id", id, 0, "no print run " + id);
        }
        doneRuns.add(id);
        run.pages().forEach(p -> awaiting.remove(p.certificateNumber()));
    }

    @Override
    public synchronized List<PrintRun> openPrintRuns() {
        return runs.values().stream().filter(r -> !doneRuns.contains(r.id())).collect(Collectors.toList());
    }

    @Override
    public synchronized Optional<PrintRun> printRun(String id) {
        return Optional.ofNullable(runs.get(id));
    }
}
