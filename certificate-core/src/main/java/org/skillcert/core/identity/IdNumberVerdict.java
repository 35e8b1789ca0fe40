package org.skillcert.core.identity;

import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The outcome of {@link IdNumber#check(IdDocumentType, CharSequence, java.time.LocalDate)}: either
 * the valid number, or the reason and 1-based position of the refusal (R-ID-5), without an
 * exception — the same shape as {@link org.skillcert.core.number.NumberVerdict}.
 *
 * <p>Immutable and thread-safe.
 */
public final class IdNumberVerdict {
    private final String input;
    @Nullable
    private final IdNumber number;
    @Nullable
    private final IdNumberException refusal;

    private IdNumberVerdict(String input, @Nullable IdNumber number, @Nullable IdNumberException refusal) {
        this.input = input;
        this.number = number;
        this.refusal = refusal;
    }

    static IdNumberVerdict valid(String input, IdNumber number) {
        return new IdNumberVerdict(input, number, null);
    }

    static IdNumberVerdict refused(IdNumberException refusal) {
        return new IdNumberVerdict(refusal.input(), null, refusal);
    }

    /**
     * Tells whether the number is valid for its type.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return number != null;
    }

    /**
     * Returns the number when valid.
     *
     * @return the number, or empty when refused
     */
    public Optional<IdNumber> number() {
        return Optional.ofNullable(number);
    }

    /**
     * Returns why the number was refused.
     *
     * @return the reason, or empty when valid
     */
    public Optional<IdNumberException.Reason> reason() {
        return refusal == null ? Optional.empty() : Optional.of(refusal.reason());
    }

    /**
     * Returns the 1-based position of the refusal, as {@link IdNumberException#position()}.
     *
     * @return 0 when valid or when the reason has no position ({@code LENGTH}), else 1 or more
     */
    public int position() {
        return refusal == null ? 0 : refusal.position();
    }

    /**
     * Returns a sentence for people saying what is wrong; its wording is not part of the API.
     *
     * @return the message, or empty when valid
     */
    public Optional<String> message() {
        return refusal == null ? Optional.empty() : Optional.of(refusal.getMessage());
    }

    /**
     * Returns the checked text exactly as given.
     *
     * @return the input
     */
    public String input() {
        return input;
    }

    /**
     * Returns the number, or throws what {@link IdNumber#parse(IdDocumentType, CharSequence, java.time.LocalDate)} throws.
     *
     * @return the valid number
     * @throws IdNumberException if the number was refused
     */
    public IdNumber orElseThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return number;
    }

    @Override
    public String toString() {
        // the ID number stays out: toString ends up in logs
        return refusal == null ? "valid " + number.type() + " number"
                : "refused " + refusal.reason() + " at " + refusal.position();
    }
}
