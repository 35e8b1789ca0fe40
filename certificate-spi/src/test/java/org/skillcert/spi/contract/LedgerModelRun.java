package org.skillcert.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockException;
import org.skillcert.spi.StockException.Reason;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * One model-based run: random legal and illegal moves applied to a ledger and to a deliberately
 * naive model (arrays indexed by sheet number), compared after every step. The model is written
 * from the table in {@link EntryKind}, independently of {@link org.skillcert.spi.SheetBook}.
 */
final class LedgerModelRun {
    private static final int SHEETS = 30;
    private static final String[] CUSTODIANS = {"Wang", "Li"};

    private final StockLedger ledger;
    private final Random random;
    private final int steps;
    private final SheetState[] state = new SheetState[SHEETS + 3];
    private final String[] custodian = new String[SHEETS + 3];
    private final String[] certificate = new String[SHEETS + 3];
    private long sequence;

    LedgerModelRun(StockLedger ledger, Random random, int steps) {
        this.ledger = ledger;
        this.random = random;
        this.steps = steps;
    }

    void run() {
        for (int step = 0; step < steps; step++) {
            step(step);
        }
        assertTrue(ledger.verify().isOk());
        assertEquals(sequence, ledger.verify().entriesChecked());
    }

    private void step(int step) {
        int first = 1 + random.nextInt(SHEETS + 2);
        int last = Math.min(SHEETS + 2, first + (random.nextInt(3) == 0 ? random.nextInt(12) : random.nextInt(3)));
        if (random.nextInt(25) == 0) {
            // a reversed range never reaches the ledger
            int lo = first;
            Reason reason = expectRefusal(() -> SheetRange.of(lo + 1, lo));
            assertEquals(Reason.BAD_RANGE, reason);
            compare(step);
            return;
        }
        SheetRange range = SheetRange.of(first, last);
        String who = CUSTODIANS[random.nextInt(CUSTODIANS.length)];
        String actor = random.nextInt(30) == 0 ? (random.nextBoolean() ? " " : null) : "keeper";
        EntryKind kind = EntryKind.values()[random.nextInt(EntryKind.values().length)];
        String cert = String.format("S00004401200126300%04d", random.nextInt(8));
        int counted = 0;
        String explanation = null;
        StockMove move;
        try {
            switch (kind) {
                case RECEIVED:
                    move = StockMove.received(range, "PO-" + step, actor);
                    break;
                case HANDED_OUT:
                    move = StockMove.handedOut(range, who, actor);
                    break;
                case RETURNED:
                    move = StockMove.returned(range, who, actor);
                    break;
                case PRINTED:
                    move = StockMove.printed(first, cert, actor);
                    break;
                case SPOILED:
                    move = StockMove.spoiled(range, "smudged", actor);
                    break;
                case LOST:
                    move = StockMove.lost(range, "not found", actor);
                    break;
                case DESTROYED:
                    move = StockMove.destroyed(range, "Chen", "Zhao", actor);
                    break;
                default:
                    counted = random.nextBoolean() ? blank(range) : random.nextInt(range.size() + 1);
                    explanation = random.nextBoolean() ? null : "recount";
                    move = StockMove.stocktake(range, counted, explanation, actor);
                    break;
            }
        } catch (StockException e) {
            assertEquals(actor == null || actor.isBlank() ? Reason.BAD_ACTOR : null, e.reason(), "step " + step);
            compare(step);
            return;
        }
        assertTrue(actor != null && !actor.isBlank(), "a blank actor must be refused");
        int[] refusal = predict(move);
        try {
            LedgerEntry entry = ledger.append(move);
            assertEquals(-1, refusal[0], "step " + step + ": the model refuses " + move + " with "
                    + (refusal[0] < 0 ? "" : Reason.values()[refusal[0]]) + " at " + refusal[1]);
            sequence++;
            assertEquals(sequence, entry.sequence());
            assertEquals(move, entry.move());
            apply(move);
        } catch (StockException e) {
            assertTrue(refusal[0] >= 0, "step " + step + ": the ledger refused " + move + ": " + e.getMessage());
            assertEquals(Reason.values()[refusal[0]], e.reason(), "step " + step + " " + move);
            assertEquals(refusal[1], e.position(), "step " + step + " " + move);
        }
        compare(step);
    }

    private static Reason expectRefusal(Runnable call) {
        try {
            call.run();
        } catch (StockException e) {
            return e.reason();
        }
        return null;
    }

    private int blank(SheetRange range) {
        int n = 0;
        for (int s = range.first(); s <= range.last(); s++) {
            if (state[s] == SheetState.IN_STOCK || state[s] == SheetState.HANDED_OUT) {
                n++;
            }
        }
        return n;
    }

    /** Returns {reason ordinal, sheet}, or {-1, 0} if the model accepts the move. */
    private int[] predict(StockMove move) {
        SheetRange r = move.range();
        for (int s = r.first(); s <= r.last(); s++) {
            Reason reason = refusal(move, s);
            if (reason != null) {
                return new int[] {reason.ordinal(), s};
            }
        }
        if (move.kind() == EntryKind.PRINTED) {
            for (int s = 1; s < state.length; s++) {
                if (state[s] == SheetState.PRINTED && move.certificateNumber().equals(certificate[s])) {
                    return new int[] {Reason.DUPLICATE_CERTIFICATE.ordinal(), r.first()};
                }
            }
        }
        if (move.kind() == EntryKind.STOCKTAKE && move.reason() == null && blank(r) != move.counted()) {
            return new int[] {Reason.UNEXPLAINED_DIFFERENCE.ordinal(), r.first()};
        }
        return new int[] {-1, 0};
    }

    private Reason refusal(StockMove move, int s) {
        SheetState now = state[s];
        if (move.kind() == EntryKind.RECEIVED) {
            return now == null ? null : Reason.ALREADY_RECEIVED;
        }
        if (now == null) {
            return Reason.NOT_RECEIVED;
        }
        switch (move.kind()) {
            case HANDED_OUT:
                return now == SheetState.IN_STOCK ? null : Reason.NOT_IN_STOCK;
            case RETURNED:
                if (now != SheetState.HANDED_OUT) {
                    return Reason.NOT_IN_HAND;
                }
                return move.custodian().equals(custodian[s]) ? null : Reason.WRONG_CUSTODIAN;
            case PRINTED:
                return now == SheetState.HANDED_OUT ? null : Reason.NOT_IN_HAND;
            case SPOILED:
                return Arrays.asList(SheetState.IN_STOCK, SheetState.HANDED_OUT, SheetState.PRINTED).contains(now)
                        ? null : Reason.ALREADY_GONE;
            case LOST:
                return now == SheetState.IN_STOCK || now == SheetState.HANDED_OUT ? null : Reason.ALREADY_GONE;
            case DESTROYED:
                return now == SheetState.SPOILED ? null : Reason.NOT_SPOILED;
            default:
                return null;
        }
    }

    private void apply(StockMove move) {
        SheetRange r = move.range();
        for (int s = r.first(); s <= r.last(); s++) {
            switch (move.kind()) {
                case RECEIVED:
                case RETURNED:
                    state[s] = SheetState.IN_STOCK;
                    break;
                case HANDED_OUT:
                    state[s] = SheetState.HANDED_OUT;
                    break;
                case PRINTED:
                    state[s] = SheetState.PRINTED;
                    certificate[s] = move.certificateNumber();
                    break;
                case SPOILED:
                    state[s] = SheetState.SPOILED;
                    break;
                case LOST:
                    state[s] = SheetState.LOST;
                    break;
                case DESTROYED:
                    state[s] = SheetState.DESTROYED;
                    break;
                default:
                    break;
            }
            custodian[s] = state[s] == SheetState.HANDED_OUT ? move.custodian() == null ? custodian[s]
                    : move.custodian() : null;
        }
    }

    private void compare(int step) {
        assertEquals(sequence, ledger.lastSequence(), "step " + step);
        Map<SheetState, Long> counts = new HashMap<>();
        long received = 0;
        for (int s = 1; s < state.length; s++) {
            if (state[s] != null) {
                received++;
                counts.merge(state[s], 1L, Long::sum);
            }
        }
        assertEquals(received, ledger.counts().received(), "step " + step);
        for (SheetState st : SheetState.values()) {
            assertEquals(counts.getOrDefault(st, 0L), ledger.counts().of(st), "step " + step + " " + st);
            assertEquals(ranges(st, null), ledger.sheets(st, null), "step " + step + " " + st);
        }
        assertTrue(ledger.counts().conserved());
        for (String c : CUSTODIANS) {
            assertEquals(ranges(SheetState.HANDED_OUT, c), ledger.inHand(c), "step " + step + " " + c);
        }
        int probe = 1 + random.nextInt(SHEETS + 2);
        assertEquals(state[probe] == null, ledger.sheet(probe).isEmpty(), "step " + step);
        ledger.sheet(probe).ifPresent(st -> {
            assertEquals(state[probe], st.state());
            assertEquals(custodian[probe], st.custodian());
            if (state[probe] == SheetState.PRINTED) {
                assertEquals(certificate[probe], st.certificateNumber());
            }
        });
    }

    private List<SheetRange> ranges(SheetState wanted, String holder) {
        List<SheetRange> out = new ArrayList<>();
        int start = -1;
        for (int s = 1; s <= state.length; s++) {
            boolean in = s < state.length && state[s] == wanted && (holder == null || Objects.equals(holder, custodian[s]));
            if (in && start < 0) {
                start = s;
            } else if (!in && start > 0) {
                out.add(SheetRange.of(start, s - 1));
                start = -1;
            }
        }
        return out;
    }
}
