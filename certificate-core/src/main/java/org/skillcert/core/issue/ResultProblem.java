package org.skillcert.core.issue;

import java.util.Objects;
import org.skillcert.spi.FailureReason;

/**
 * One thing wrong with a candidate result, as part of a list that names every problem at once.
 * Immutable and thread-safe.
 */
public final class ResultProblem {
    /** The field of the result that is wrong. */
    public enum Field {
        /** 姓名. */
        NAME,
        /** 证件类型. */
        ID_TYPE,
        /** 证件号码. */
        ID_NUMBER,
        /** 职业名称. */
        OCCUPATION,
        /** 工种/职业方向. */
        JOB_DIRECTION,
        /** 等级. */
        LEVEL,
        /** The date the result became queryable in the national system. */
        QUERYABLE_DATE,
        /** The caller's unique id for this pass. */
        RESULT_ID,
        /** The photo reference. */
        PHOTO,
        /** A value of the issuing institution printed on the certificate (its filed name, seal text). */
        INSTITUTION
    }

    /** Why the field is wrong. */
    public enum Reason implements FailureReason {
        /** The field is blank. */
        MISSING,
        /** A character that the field may not contain (see the position). */
        CHARACTER,
        /** Text that names no known value (an unknown document type or level). */
        UNKNOWN_VALUE,
        /** The ID number fails its type's check (R-ID-5); the position is the ID number's own. */
        INVALID_ID_NUMBER,
        /** The occupation, job/direction or level is outside the filed evaluation scope (R-CERT-5). */
        OUTSIDE_FILED_SCOPE,
        /** The date lies after today. */
        IN_FUTURE,
        /** The field is longer than allowed. */
        TOO_LONG,
        /** The holder already holds an ISSUED certificate for this occupation, job and level under another result id. */
        ALREADY_CERTIFIED,
        /** Storage refused a step for this row; the detail says which. Re-running the row is safe. */
        NOT_RECORDED,
        /** The result id already obtained a certificate for another holder (another ID number); the detail names it. */
        RESULT_ID_TAKEN,
        /** No font has a glyph for the character at the position (R-CERT-1: nothing prints as a blank box). */
        MISSING_GLYPH,
        /** The value does not fit its box on the certificate even at the smallest allowed size. */
        DOES_NOT_FIT,
        /** The photo file is missing, not a regular file, unreadable, truncated or does not decode. */
        PHOTO_UNREADABLE,
        /** The photo is neither JPEG nor PNG. */
        PHOTO_UNSUPPORTED,
        /** The photo's header declares more pixels (or the file more bytes) than the cap; it is not decoded. */
        PHOTO_TOO_LARGE
    }

    private final Field field;
    private final Reason reason;
    private final int position;
    private final String ruleId;
    private final String detail;

    /**
     * Makes a problem; for printers and other checks outside this package that refuse a row
     * before it takes a serial.
     *
     * @param field the field that is wrong
     * @param reason why
     * @param position the 1-based position within the field, 0 when none
     * @param ruleId the rule broken, e.g. {@code R-CERT-1}
     * @param detail a sentence for people
     * @return the problem
     */
    public static ResultProblem of(Field field, Reason reason, int position, String ruleId, String detail) {
        return new ResultProblem(Objects.requireNonNull(field), Objects.requireNonNull(reason), Math.max(0, position),
                Objects.requireNonNull(ruleId), Objects.requireNonNull(detail));
    }

    ResultProblem(Field field, Reason reason, int position, String ruleId, String detail) {
        this.field = field;
        this.reason = reason;
        this.position = position;
        this.ruleId = ruleId;
        this.detail = detail;
    }

    /**
     * Returns the field that is wrong.
     *
     * @return the field
     */
    public Field field() {
        return field;
    }

    /**
     * Returns why the field is wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the 1-based position within the field, where there is one.
     *
     * @return 1 or more, or 0 when the problem has no position
     */
    public int position() {
        return position;
    }

    /**
     * Returns the id of the rule broken, e.g. {@code R-CERT-5}.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns a sentence for people; not part of the API.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResultProblem)) {
            return false;
        }
        ResultProblem p = (ResultProblem) o;
        return p.field == field && p.reason == reason && p.position == position && p.ruleId.equals(ruleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, reason, position, ruleId);
    }

    /**
     * Returns e.g. {@code ID_NUMBER INVALID_ID_NUMBER at 18 (R-ID-5): ...}.
     *
     * @return the problem for people
     */
    @Override
    public String toString() {
        return field + " " + reason + (position > 0 ? " at " + position : "") + " (" + ruleId + "): " + detail;
    }
}
