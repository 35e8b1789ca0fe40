package org.skillcert.spi;

/**
 * The root of every exception that skillcert throws on purpose.
 *
 * <p>It is unchecked: a refused certificate number, an illegal stock move or an exhausted serial
 * range is a programming or data error that the caller either prevents (by validating first with
 * the non-throwing {@code check}/{@code isValid} methods) or reports to a person. Each subclass
 * carries a closed reason enum that callers branch on; the message is for people and is not part
 * of the API.
 *
 * <p>It lives in the lowest module ({@code certificate-spi}) so that storage adapters and the
 * domain share one root.
 */
public class SkillcertException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for people.
     *
     * @param message what went wrong, naming the field, position and rule where there is one
     */
    public SkillcertException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the underlying cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure, may be {@code null}
     */
    public SkillcertException(String message, @javax.annotation.Nullable Throwable cause) {
        super(message, cause);
    }
}
