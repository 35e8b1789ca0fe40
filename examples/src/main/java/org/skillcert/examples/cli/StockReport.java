package org.skillcert.examples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.skillcert.core.stock.SpoilageRate;
import org.skillcert.core.stock.StockService;
import org.skillcert.core.stock.StocktakeStatus;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.StockLedger;

/**
 * The figures {@code stock report} prints: stock by state, conservation,
 * the sheets moved in a period with the spoilage rate (R-STK-4), and the ledger's verification with
 * its last hash (R-STK-5, R-STK-6).
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param counts the stock now
 * @param moved sheets moved per kind in the period
 * @param spoilage the spoilage rate of the period, as the stock workflow computes it
 * @param verification the ledger's verification
 * @param lastSequence the last entry's sequence number, 0 for an empty ledger
 * @param lastHash the last entry's hash, or the genesis hash
 * @param stocktake when the last stocktake was and whether this half year has one (R-STK-5)
 */
record StockReport(LocalDate from, LocalDate to, StockCounts counts, Map<EntryKind, Long> moved,
        SpoilageRate spoilage, LedgerVerification verification, long lastSequence, String lastHash,
        StocktakeStatus stocktake) {
    /** Dates are Beijing time, the time of the guideline's deadlines. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static StockReport of(StockLedger ledger, LocalDate from, LocalDate to) {
        return of(ledger, from, to, Clock.system(ZONE));
    }

    static StockReport of(StockLedger ledger, LocalDate from, LocalDate to, Clock clock) {
        long last = ledger.lastSequence();
        String hash = last == 0 ? LedgerEntry.GENESIS : ledger.entries(last, 1).get(0).hash();
        Map<EntryKind, Long> moved = ledger.sheetsMoved(from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant());
        StockService service = new StockService(ledger, clock, "report");
        SpoilageRate spoilage = service.spoilageRate(from, to);
        return new StockReport(from, to, ledger.counts(), moved, spoilage, ledger.verify(), last, hash,
                service.stocktakeStatus());
    }

    String text() {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder("Stock report ").append(from).append(" to ").append(to).append(nl);
        s.append("  stock now: ").append(StockCommand.countsText(counts)).append(nl);
        s.append("  conservation (received = sum of states): ").append(counts.conserved() ? "holds" : "BROKEN").append(nl);
        s.append("  moved in the period:");
        for (EntryKind kind : EntryKind.values()) {
            s.append(' ').append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(moved.get(kind));
        }
        s.append(nl).append("  spoilage rate (废证率): " + spoilage).append(nl);
        s.append("  ledger: ").append(lastSequence).append(" entries, ")
                .append(verification.isOk() ? "verified intact"
                        : "BAD at entry #" + verification.firstBadSequence() + " (" + verification.problem() + ")")
                .append(nl).append("  last hash: ").append(lastHash);
        s.append(nl).append("  last stocktake: ").append(stocktake.lastTakenOn().map(LocalDate::toString).orElse("never"));
        stocktake.warning().ifPresent(w -> s.append(nl).append("warning: ").append(w));
        return s.toString();
    }

    String json() {
        JsonObject movedJson = new JsonObject();
        moved.forEach((kind, n) -> movedJson.put(kind.name(), n));
        return new JsonObject().put("from", from.toString()).put("to", to.toString())
                .put("counts", StockCommand.countsJson(counts)).put("moved", movedJson)
                .put("spoilageRate", Math.round(spoilage.rate() * 10000) / 10000.0)
                .put("entries", lastSequence).put("verified", verification.isOk())
                .put("firstBadEntry", verification.firstBadSequence())
                .put("problem", verification.problem() == null ? null : verification.problem().name())
                .put("lastHash", lastHash)
                .put("lastStocktake", stocktake.lastTakenOn().map(LocalDate::toString).orElse(null))
                .put("stocktakeThisHalfYear", stocktake.doneThisHalfYear())
                .put("stocktakeWarning", stocktake.warning().orElse(null)).toString();
    }
}
