package org.skillcert.spi;

import java.util.List;
import javax.annotation.Nullable;
import org.skillcert.spi.internal.Text;

/**
 * What a caller asks the stock ledger to record: one movement of a range of sheets (R-STK). The
 * ledger adds the sequence number, time, the system count of a stocktake and the hashes
 * ({@link LedgerEntry}).
 *
 * <p>Each kind uses exactly the fields listed in {@link EntryKind}; the others are null (or empty
 * / -1). The factories build well-formed moves; the constructor checks the shape (not the state of
 * the sheets, which only the ledger knows).
 *
 * @param kind the kind of move
 * @param range the sheets; exactly one sheet for {@link EntryKind#PRINTED}
 * @param actor who records the move, 1–200 characters
 * @param reference RECEIVED only: the order or delivery reference, 1–200 characters
 * @param custodian HANDED_OUT (to whom) and RETURNED (by whom) only, 1–200 characters
 * @param certificateNumber PRINTED only: the 22-character certificate number (R-NUM-1)
 * @param reason SPOILED (why), LOST (circumstances), STOCKTAKE (explanation of a difference, may be
 *     null when the count matches) only, 1–500 characters
 * @param witnesses DESTROYED only: exactly two different names; empty otherwise
 * @param counted STOCKTAKE only: the physical count of blank sheets in the range, 0…size; -1 otherwise
 */
public record StockMove(EntryKind kind, SheetRange range, String actor, @Nullable String reference,
        @Nullable String custodian, @Nullable String certificateNumber, @Nullable String reason,
        List<String> witnesses, int counted) {

    /**
     * Checks the shape of the move.
     *
     * @throws StockException {@code BAD_ACTOR}, {@code BAD_FIELD}, {@code BAD_RANGE},
     *     {@code BAD_WITNESSES}
     */
    public StockMove {
        if (kind == null) {
            throw new StockException(StockException.Reason.BAD_FIELD, "kind", null, 0, "kind is null");
        }
        if (range == null) {
            throw new StockException(StockException.Reason.BAD_RANGE, "range", null, 0, "range is null");
        }
        if (Text.isBad(actor, 200)) {
            throw new StockException(StockException.Reason.BAD_ACTOR, "actor", actor, 0,
                    "actor must be 1–200 characters without control characters");
        }
        // a copy that keeps a null name, so that it is refused as a bad witness below, not as an NPE
        witnesses = witnesses == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(witnesses));
        field(kind == EntryKind.RECEIVED, true, "reference", reference, 200, kind);
        field(kind == EntryKind.HANDED_OUT || kind == EntryKind.RETURNED, true, "custodian", custodian, 200, kind);
        // a stocktake explains only a difference, so its reason may be absent
        field(kind == EntryKind.SPOILED || kind == EntryKind.LOST || kind == EntryKind.STOCKTAKE,
                kind != EntryKind.STOCKTAKE, "reason", reason, 500, kind);
        if (kind == EntryKind.PRINTED) {
            if (range.size() != 1) {
                throw new StockException(StockException.Reason.BAD_RANGE, "range", range.toString(), range.first(),
                        "PRINTED is one sheet, one certificate number");
            }
            if (!isCertificateNumber(certificateNumber)) {
                throw new StockException(StockException.Reason.BAD_FIELD, "certificateNumber", certificateNumber, 0,
                        "certificate number must be 1 uppercase letter + 21 digits (R-NUM-1)");
            }
        } else if (certificateNumber != null) {
            throw unused("certificateNumber", certificateNumber, kind);
        }
        if (kind == EntryKind.DESTROYED) {
            if (witnesses.size() != 2 || Text.isBad(witnesses.get(0), 200) || Text.isBad(witnesses.get(1), 200)
                    || witnesses.get(0).strip().equals(witnesses.get(1).strip())) {
                throw new StockException(StockException.Reason.BAD_WITNESSES, "witnesses", String.valueOf(witnesses),
                        0, "destruction needs two different named witnesses (R-STK-4)");
            }
        } else if (!witnesses.isEmpty()) {
            throw unused("witnesses", String.valueOf(witnesses), kind);
        }
        if (kind == EntryKind.STOCKTAKE) {
            if (counted < 0 || counted > range.size()) {
                throw new StockException(StockException.Reason.BAD_FIELD, "counted", Integer.toString(counted), 0,
                        "the count must be 0…" + range.size() + " for " + range);
            }
        } else if (counted != -1) {
            throw unused("counted", Integer.toString(counted), kind);
        }
    }

    private static void field(boolean used, boolean required, String field, @Nullable String value, int maxLength,
            EntryKind kind) {
        if (!used) {
            if (value != null) {
                throw unused(field, value, kind);
            }
        } else if ((value != null || required) && Text.isBad(value, maxLength)) {
            throw new StockException(StockException.Reason.BAD_FIELD, field, value, 0,
                    field + " must be 1–" + maxLength + " characters without control characters");
        }
    }

    private static StockException unused(String field, String value, EntryKind kind) {
        return new StockException(StockException.Reason.BAD_FIELD, field, value, 0,
                field + " is not used by " + kind);
    }

    private static boolean isCertificateNumber(@Nullable String number) {
        if (number == null || number.length() != 22 || number.charAt(0) < 'A' || number.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 22; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Sheets received into stock (R-STK-2).
     *
     * @param range the sheets
     * @param reference the order or delivery reference
     * @param actor who records it
     * @return the move
     */
    public static StockMove received(SheetRange range, String reference, String actor) {
        return new StockMove(EntryKind.RECEIVED, range, actor, reference, null, null, null, List.of(), -1);
    }

    /**
     * Sheets handed out to a custodian or printer (R-STK-3).
     *
     * @param range the sheets
     * @param custodian who receives them
     * @param actor who records it
     * @return the move
     */
    public static StockMove handedOut(SheetRange range, String custodian, String actor) {
        return new StockMove(EntryKind.HANDED_OUT, range, actor, null, custodian, null, null, List.of(), -1);
    }

    /**
     * Unused sheets returned to stock by their custodian.
     *
     * @param range the sheets
     * @param custodian who returns them (must hold them)
     * @param actor who records it
     * @return the move
     */
    public static StockMove returned(SheetRange range, String custodian, String actor) {
        return new StockMove(EntryKind.RETURNED, range, actor, null, custodian, null, null, List.of(), -1);
    }

    /**
     * One sheet printed with a certificate number.
     *
     * @param sheet the sheet
     * @param certificateNumber the 22-character certificate number
     * @param actor who records it
     * @return the move
     */
    public static StockMove printed(int sheet, String certificateNumber, String actor) {
        return new StockMove(EntryKind.PRINTED, SheetRange.of(sheet), actor, null, null, certificateNumber, null,
                List.of(), -1);
    }

    /**
     * Sheets spoiled (R-STK-4).
     *
     * @param range the sheets
     * @param reason why
     * @param actor who records it
     * @return the move
     */
    public static StockMove spoiled(SheetRange range, String reason, String actor) {
        return new StockMove(EntryKind.SPOILED, range, actor, null, null, null, reason, List.of(), -1);
    }

    /**
     * Sheets lost (R-STK-4).
     *
     * @param range the sheets
     * @param circumstances where and how
     * @param actor who records it
     * @return the move
     */
    public static StockMove lost(SheetRange range, String circumstances, String actor) {
        return new StockMove(EntryKind.LOST, range, actor, null, null, null, circumstances, List.of(), -1);
    }

    /**
     * Spoiled sheets destroyed before two witnesses (R-STK-4).
     *
     * @param range the sheets
     * @param witness1 the first witness
     * @param witness2 the second witness, a different person
     * @param actor who records it
     * @return the move
     */
    public static StockMove destroyed(SheetRange range, String witness1, String witness2, String actor) {
        return new StockMove(EntryKind.DESTROYED, range, actor, null, null, null, null,
                java.util.Arrays.asList(witness1, witness2), -1);
    }

    /**
     * A physical count of the blank sheets (in stock or handed out) of a range (R-STK-5).
     *
     * @param range the counted sheets
     * @param counted how many blank sheets were found, 0…size
     * @param explanation why the count differs from the books; null if it matches
     * @param actor who counted
     * @return the move
     */
    public static StockMove stocktake(SheetRange range, int counted, @Nullable String explanation, String actor) {
        return new StockMove(EntryKind.STOCKTAKE, range, actor, null, null, null, explanation, List.of(), counted);
    }
}
