package org.skillcert.core.stock;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.StockLedger;

/**
 * Reads ledger entries in sequence order from a starting sequence number, a page at a time, so
 * that reports and recovery steps never hold the whole ledger in memory. Not thread-safe.
 */
public final class LedgerCursor implements Iterator<LedgerEntry> {
    private static final int PAGE = 1000;

    private final StockLedger ledger;
    private long next;
    private List<LedgerEntry> page = List.of();
    private int at;
    private boolean lastPage;

    private LedgerCursor(StockLedger ledger, long from) {
        this.ledger = ledger;
        this.next = from;
    }

    /**
     * Starts reading at a sequence number.
     *
     * @param ledger the ledger
     * @param fromSequence the first sequence number wanted, at least 1
     * @return the cursor
     * @throws IllegalArgumentException if {@code fromSequence} is below 1
     */
    public static LedgerCursor from(StockLedger ledger, long fromSequence) {
        if (fromSequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1, was " + fromSequence);
        }
        return new LedgerCursor(ledger, fromSequence);
    }

    @Override
    public boolean hasNext() {
        if (at < page.size()) {
            return true;
        }
        if (lastPage) {
            return false;
        }
        page = ledger.entries(next, PAGE);
        at = 0;
        lastPage = page.size() < PAGE;
        if (!page.isEmpty()) {
            next = page.get(page.size() - 1).sequence() + 1;
        }
        return !page.isEmpty();
    }

    @Override
    public LedgerEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(at++);
    }
}
