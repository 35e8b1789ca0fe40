package org.skillcert.spi;

import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The root of every exception that skillcert throws on purpose: one failure contract for every
 * module.
 *
 * <p>Every failure offers three things callers branch on; the message is for people and is not
 * part of the API:
 * <ul>
 *   <li>{@link #reason()}: why, a constant of the family's closed enum (each subclass narrows the
 *       return type to its own {@code Reason} enum, e.g. {@link StockException#reason()});</li>
 *   <li>{@link #input()}: the refused value as the caller passed it ({@code "null"} for null, the
 *       field or file name where the failure is about a whole field or file);</li>
 *   <li>{@link #position()}: the 1-based position of the first offending character in
 *       {@link #input()}, or for a family that says so the offending unit (a sheet number for
 *       {@link StockException}, a line for a layout file); {@link #NO_POSITION} (0) when the
 *       failure is not about one place.</li>
 * </ul>
 *
 * <p>It is unchecked: a refused certificate number, an illegal stock move or an exhausted serial
 * range is a programming or data error that the caller either prevents (by validating first with
 * the non-throwing {@code check}/{@code isValid} methods, which return verdicts) or reports to a
 * person. Precondition violations (a null argument, a level code outside 1–5 passed as an
 * {@code int}) stay {@link NullPointerException}/{@link IllegalArgumentException}.
 *
 * <p>It lives in the lowest module ({@code certificate-spi}) so that storage adapters and the
 * domain share one root. The subclasses are skillcert's own; the constructor is protected for them.
 */
public abstract class SkillcertException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@link #position()} of a failure that is not about one place in its input: {@value}. */
    public static final int NO_POSITION = 0;

    private final FailureReason reason;
    private final String input;
    private final int position;

    /**
     * Creates the exception.
     *
     * @param reason why, a constant of the subclass's reason enum
     * @param input the refused value as the caller passed it, may be null (kept as {@code "null"})
     * @param position the 1-based position in {@code input}, or {@link #NO_POSITION}
     * @param message what went wrong for people, naming the field, position and rule where there is one
     * @param cause the underlying failure, may be null
     */
    protected SkillcertException(FailureReason reason, @Nullable String input, int position, String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.input = String.valueOf(input);
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, was " + position);
        }
        this.position = position;
    }

    /**
     * Returns why, a constant of the family's closed reason enum; each subclass narrows the type
     * to its own enum (e.g. {@link StockException#reason()} returns a {@link StockException.Reason}).
     *
     * @return the reason
     */
    public FailureReason reason() {
        return reason;
    }

    /**
     * Returns the refused value as the caller passed it.
     *
     * @return the input, {@code "null"} when it was null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the 1-based position of the first offending character in {@link #input()} (or the
     * unit the subclass documents), {@link #NO_POSITION} when the failure is not about one place.
     *
     * @return 0 or more
     */
    public int position() {
        return position;
    }
}
