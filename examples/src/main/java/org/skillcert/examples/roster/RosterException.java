package org.skillcert.examples.roster;

import javax.annotation.Nullable;
import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * A roster that cannot be read at all: the file is unreadable, in an unknown encoding or format, or
 * lacks a required column. Problems with single rows are not exceptions; they are listed in
 * {@link Roster#problems()}.
 */
public final class RosterException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a roster could not be read. */
    public enum Reason implements FailureReason {
        /** The file could not be opened or is damaged. */
        UNREADABLE,
        /** The file type is not one of CSV, TSV or .xlsx. */
        UNSUPPORTED_FORMAT,
        /** A CSV file is neither valid UTF-8 nor valid GBK; the position is the first bad byte. */
        ENCODING,
        /** No row in the first rows of the file looks like a header. */
        NO_HEADER,
        /** A required column is absent; {@link #column()} names it. */
        MISSING_COLUMN,
        /** Two header cells name the same column; {@link #column()} names it. */
        DUPLICATE_COLUMN,
        /**
         * The file is larger than {@link RosterReader#MAX_BYTES} or has more than
         * {@link RosterReader#MAX_ROWS} rows; the position is the first row over the limit, or 0.
         */
        TOO_LARGE
    }

    private final Reason reason;
    private final transient RosterColumn column;

    RosterException(Reason reason, String input, int position, @Nullable RosterColumn column, String message,
            @Nullable Throwable cause) {
        super(reason, input, position, message, cause);
        this.reason = reason;
        this.column = column;
    }

    /**
     * Returns why the roster could not be read.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the missing or duplicated column.
     *
     * @return the column, or {@code null} for the other reasons
     */
    @Nullable
    public RosterColumn column() {
        return column;
    }
}
