package org.skillcert.spi.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.SheetBook;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * A {@link StockLedger} in memory: the rules of {@link SheetBook} over a list of entries, one lock.
 */
public final class MemoryStockLedger implements StockLedger {
    private final Clock clock;
    private final SheetBook book = new SheetBook();
    private final List<LedgerEntry> entries = new ArrayList<>();

    /** A ledger stamping entries with the system clock. */
    public MemoryStockLedger() {
        this(Clock.systemUTC());
    }

    /**
     * A ledger stamping entries with the given clock.
     *
     * @param clock the clock
     */
    public MemoryStockLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized LedgerEntry append(StockMove move) {
        int expected = book.check(move);
        Instant now = clock.instant();
        if (!entries.isEmpty() && now.isBefore(entries.get(entries.size() - 1).at())) {
            // times never decrease along the sequence, even if the clock steps back
            now = entries.get(entries.size() - 1).at();
        }
        LedgerEntry entry = LedgerEntry.chain(book.lastSequence() + 1, now, move, expected, book.lastHash());
        entries.add(entry);
        book.apply(entry);
        return entry;
    }

    @Override
    public synchronized Optional<SheetStatus> sheet(int sheet) {
        SheetRange.of(sheet);
        return book.status(sheet);
    }

    @Override
    public synchronized StockCounts counts() {
        return book.counts();
    }

    @Override
    public synchronized List<SheetRange> sheets(SheetState state, @Nullable String custodian) {
        return book.sheets(state, custodian);
    }

    @Override
    public synchronized List<LedgerEntry> entries(long fromSequence, int limit) {
        if (fromSequence < 1 || limit < 1) {
            throw new IllegalArgumentException("fromSequence and limit must be at least 1");
        }
        int from = (int) Math.min(fromSequence - 1, entries.size());
        return new ArrayList<>(entries.subList(from, (int) Math.min(entries.size(), (long) from + limit)));
    }

    @Override
    public synchronized long lastSequence() {
        return book.lastSequence();
    }

    @Override
    public synchronized LedgerVerification verify() {
        return LedgerVerification.of(entries.iterator(), book.lastSequence());
    }
}
