package org.skillcert.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.core.stock.LedgerCursor;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.StatusChange;
import org.skillcert.spi.StockLedger;

/**
 * Statistics of one period by level × occupation × region (R-RPT-1): certificates issued,
 * corrected, revoked and replaced, and sheets used and spoiled. Rows are ordered by region, then
 * occupation, then level from 五级 to 一级 (R-LVL-2); the spoiled-blank row comes last.
 *
 * @param from the first day of the period, inclusive
 * @param to the last day of the period, inclusive
 * @param rows the rows with at least one non-zero figure
 */
public record Statistics(LocalDate from, LocalDate to, List<StatisticsRow> rows) {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Copies the rows. */
    public Statistics {
        rows = List.copyOf(rows);
    }

    /**
     * Computes the statistics of a period from one storage: replacement proofs are those its
     * {@link org.skillcert.spi.ReplacementBook} records as proved in the period (R-ISS-2).
     *
     * @param storage the certificates, the stock ledger and the replacement applications
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the statistics
     * @throws UnsupportedOperationException if the storage keeps no replacement applications (use
     *     {@link #of(CertificateRegistry, StockLedger, Collection, LocalDate, LocalDate)})
     */
    public static Statistics of(org.skillcert.spi.Storage storage, LocalDate from, LocalDate to) {
        Map<Key, long[]> figures = new HashMap<>();
        for (org.skillcert.spi.ReplacementRecord r : storage.replacements().provedBetween(from, to)) {
            storage.registry().byNumber(r.certificateNumber())
                    .ifPresent(c -> figures.computeIfAbsent(Key.of(c), k -> new long[6])[3]++);
        }
        return of(storage.registry(), storage.ledger(), figures, from, to);
    }

    /**
     * Computes the statistics of a period.
     *
     * @param registry the certificates
     * @param ledger the stock ledger
     * @param proofs the replacement proofs made (the ports keep none); those dated in the period count
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the statistics
     */
    public static Statistics of(CertificateRegistry registry, StockLedger ledger, Collection<ReplacementProof> proofs,
            LocalDate from, LocalDate to) {
        Map<Key, long[]> figures = new HashMap<>();
        for (ReplacementProof p : proofs) {
            if (!p.issuedOn().isBefore(from) && !p.issuedOn().isAfter(to)) {
                registry.byNumber(p.certificateNumber()).ifPresent(c -> figures.computeIfAbsent(Key.of(c), k -> new long[6])[3]++);
            }
        }
        return of(registry, ledger, figures, from, to);
    }

    private static Statistics of(CertificateRegistry registry, StockLedger ledger, Map<Key, long[]> figures,
            LocalDate from, LocalDate to) {
        try (Stream<CertificateRecord> issued = registry.issuedBetween(from, to)) {
            issued.forEach(c -> figures.computeIfAbsent(Key.of(c), k -> new long[6])[c.supersedes() == null ? 0 : 1]++);
        }
        Instant start = from.atStartOfDay(CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CHINA).toInstant();
        for (StatusChange change : registry.changesBetween(start, end)) {
            if (change.status() == CertificateStatus.REVOKED) {
                registry.byNumber(change.number()).ifPresent(c -> figures.computeIfAbsent(Key.of(c), k -> new long[6])[2]++);
            }
        }
        sheets(registry, ledger, start, end, figures);
        List<StatisticsRow> rows = new ArrayList<>();
        figures.entrySet().stream().sorted(Map.Entry.comparingByKey(Key.ORDER)).forEach(e -> {
            long[] f = e.getValue();
            rows.add(new StatisticsRow(e.getKey().level, e.getKey().occupation, e.getKey().region, f[0], f[1], f[2], f[3], f[4], f[5]));
        });
        return new Statistics(from, to, rows);
    }

    /** Attributes printed and spoiled sheets to the certificate printed on them, if any. */
    private static void sheets(CertificateRegistry registry, StockLedger ledger, Instant start, Instant end,
            Map<Key, long[]> figures) {
        Map<Integer, String> printedOn = new HashMap<>();
        Map<String, Optional<Key>> keys = new HashMap<>();
        Set<Integer> counted = new HashSet<>();
        for (LedgerCursor c = LedgerCursor.from(ledger, 1); c.hasNext();) {
            LedgerEntry e = c.next();
            if (!e.at().isBefore(end)) {
                return;
            }
            boolean inPeriod = !e.at().isBefore(start);
            SheetRange r = e.move().range();
            if (e.move().kind() == EntryKind.PRINTED) {
                printedOn.put(r.first(), e.move().certificateNumber());
                if (inPeriod) {
                    counted.add(r.first());
                    figures.computeIfAbsent(key(registry, keys, e.move().certificateNumber()), k -> new long[6])[4]++;
                }
            } else if (e.move().kind() == EntryKind.SPOILED && inPeriod) {
                for (int s = r.first(); s <= r.last(); s++) {
                    String number = printedOn.get(s);
                    long[] f = figures.computeIfAbsent(number == null ? Key.BLANK : key(registry, keys, number), k -> new long[6]);
                    f[5]++;
                    // a sheet printed in the period was already counted as used when printed
                    if (!counted.contains(s)) {
                        f[4]++;
                    }
                }
            }
        }
    }

    private static Key key(CertificateRegistry registry, Map<String, Optional<Key>> keys, String number) {
        return keys.computeIfAbsent(number, n -> registry.byNumber(n).map(Key::of)).orElse(Key.BLANK);
    }

    /**
     * Returns the sum of all rows.
     *
     * @return a row with null level and occupation and region {@code --}
     */
    public StatisticsRow total() {
        long[] t = new long[6];
        for (StatisticsRow r : rows) {
            t[0] += r.issued();
            t[1] += r.corrected();
            t[2] += r.revoked();
            t[3] += r.replaced();
            t[4] += r.sheetsUsed();
            t[5] += r.sheetsSpoiled();
        }
        return new StatisticsRow(null, null, "--", t[0], t[1], t[2], t[3], t[4], t[5]);
    }

    /**
     * Returns the row of one level, occupation and region.
     *
     * @param level the level
     * @param occupation the occupation
     * @param region the region code
     * @return the row, or empty when all its figures are zero
     */
    public Optional<StatisticsRow> row(SkillLevel level, String occupation, String region) {
        return rows.stream().filter(r -> r.level() == level && occupation.equals(r.occupation()) && region.equals(r.region()))
                .findFirst();
    }

    /** One level × occupation × region; level and occupation are null for blank sheets. */
    private static final class Key {
        static final Key BLANK = new Key(null, null, "--");
        static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.level == null)
                .thenComparing(k -> k.region)
                .thenComparing(k -> k.occupation == null ? "" : k.occupation)
                .thenComparing(k -> k.level == null ? 0 : 6 - k.level.code());

        @Nullable final SkillLevel level;
        @Nullable final String occupation;
        final String region;

        Key(@Nullable SkillLevel level, @Nullable String occupation, String region) {
            this.level = level;
            this.occupation = occupation;
            this.region = region;
        }

        static Key of(CertificateRecord c) {
            // positions 8-9 of the number are the region in the Guangdong profile (R-REG)
            return new Key(SkillLevel.of(c.level()), c.occupation(), c.number().substring(7, 9));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).level == level && Objects.equals(((Key) o).occupation, occupation)
                    && ((Key) o).region.equals(region);
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, occupation, region);
        }
    }
}
