package org.skillcert.core.number;

import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The outcome of {@link CertificateNumber#check(CharSequence, NumberingProfile)}: either the valid
 * number, or the reason and 1-based position of the first failing part, without an exception.
 *
 * <p>Immutable.
 */
public final class NumberVerdict {
    private final String input;
    private final int verdict;
    @Nullable
    private final CertificateNumber number;

    private NumberVerdict(String input, int verdict, @Nullable CertificateNumber number) {
        this.input = input;
        this.verdict = verdict;
        this.number = number;
    }

    static NumberVerdict of(CharSequence input, NumberingProfile profile) {
        String text = input.toString();
        int verdict = NumberGrammar.scan(text, 0, NumberGrammar.NUMBER_LENGTH, profile);
        return new NumberVerdict(text, verdict,
                verdict == NumberGrammar.VALID ? CertificateNumber.ofValid(text) : null);
    }

    /**
     * Tells whether the input is a valid number under the profile.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return verdict == NumberGrammar.VALID;
    }

    /**
     * Returns the number when valid.
     *
     * @return the number, or empty when invalid
     */
    public Optional<CertificateNumber> number() {
        return Optional.ofNullable(number);
    }

    /**
     * Returns why the input is not valid.
     *
     * @return the reason, or empty when valid
     */
    public Optional<NumberViolation> reason() {
        return isValid() ? Optional.empty() : Optional.of(NumberGrammar.reason(verdict));
    }

    /**
     * Returns the 1-based position the reason points at (see {@link NumberViolation}).
     *
     * @return 1 to 23 when invalid, 0 when valid
     */
    public int position() {
        return isValid() ? 0 : NumberGrammar.position(verdict);
    }

    /**
     * Returns a sentence for people saying what is wrong; its wording is not part of the API.
     *
     * @return the message, or empty when valid
     */
    public Optional<String> message() {
        return isValid() ? Optional.empty()
                : Optional.of(NumberGrammar.message(verdict, input, NumberGrammar.NUMBER_LENGTH));
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
     * Returns the number, or throws what {@link CertificateNumber#parse(CharSequence, NumberingProfile)} throws.
     *
     * @return the valid number
     * @throws CertificateNumberFormatException if the input is not valid
     */
    public CertificateNumber orElseThrow() {
        if (number == null) {
            throw NumberGrammar.failure(verdict, input, NumberGrammar.NUMBER_LENGTH);
        }
        return number;
    }

    @Override
    public String toString() {
        return isValid() ? "valid " + number
                : "invalid " + NumberGrammar.reason(verdict) + " at " + NumberGrammar.position(verdict);
    }
}
