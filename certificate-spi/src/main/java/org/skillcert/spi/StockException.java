package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * A refused stock ledger entry: bad input or an illegal move (R-STK). Nothing was written.
 */
public final class StockException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a ledger entry was refused. */
    public enum Reason implements FailureReason {
        /** A sheet range reversed, or outside 1…99999999, or more than one sheet where one is needed. */
        BAD_RANGE,
        /** The actor is null, blank, longer than 200 characters or has control characters. */
        BAD_ACTOR,
        /** A field the kind needs is missing or malformed, or a field it does not use is set; {@link #field()} names it. */
        BAD_FIELD,
        /** Two witnesses are needed and they must be different people (R-STK-4). */
        BAD_WITNESSES,
        /** RECEIVED for a sheet that was already received (overlapping ranges). */
        ALREADY_RECEIVED,
        /** A move for a sheet that was never received. */
        NOT_RECEIVED,
        /** HANDED_OUT for a sheet that is not in stock. */
        NOT_IN_STOCK,
        /** RETURNED or PRINTED for a sheet that is not handed out. */
        NOT_IN_HAND,
        /** RETURNED by someone other than the custodian who holds the sheet. */
        WRONG_CUSTODIAN,
        /** DESTROYED for a sheet that is not spoiled (R-STK-4). */
        NOT_SPOILED,
        /** SPOILED or LOST for a sheet whose state does not allow it (already spoiled, lost, destroyed; lost after printing). */
        ALREADY_GONE,
        /** PRINTED with a certificate number that is already on another printed sheet. */
        DUPLICATE_CERTIFICATE,
        /** A STOCKTAKE count that differs from the books without an explanation (R-STK-5). */
        UNEXPLAINED_DIFFERENCE
    }

    private final Reason reason;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param field the offending field ({@code "range"}, {@code "actor"}, {@code "custodian"}, …)
     * @param input the offending value as the caller passed it ({@code "null"} for null)
     * @param sheet the first offending sheet number, {@link #NO_POSITION} if the problem is not about one sheet
     * @param message what went wrong, for people
     */
    public StockException(Reason reason, String field, @Nullable String input, int sheet, String message) {
        super(reason, input, sheet, message, null);
        this.reason = reason;
        this.field = field;
    }

    /** @return why the entry was refused */
    @Override
    public Reason reason() {
        return reason;
    }

    /** @return the name of the offending field of {@link StockMove} */
    public String field() {
        return field;
    }

    /**
     * Returns the first offending sheet number: for this family the position is a sheet, not a
     * character of {@link #input()}.
     *
     * @return the sheet number 1…99999999, {@link #NO_POSITION} if the problem is not about a sheet
     */
    @Override
    public int position() {
        return super.position();
    }
}
