package org.skillcert.core.institution;

import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The outcome of {@link InstitutionName#check(String)}: either the name that may be printed, or
 * the reason and 1-based position of the refusal (R-CERT-3), without an exception — the same
 * shape as {@link org.skillcert.core.number.NumberVerdict}.
 *
 * <p>Immutable and thread-safe.
 */
public final class InstitutionNameVerdict {
    private final String input;
    @Nullable
    private final InstitutionName name;
    @Nullable
    private final InstitutionNameException refusal;

    private InstitutionNameVerdict(String input, @Nullable InstitutionName name,
            @Nullable InstitutionNameException refusal) {
        this.input = input;
        this.name = name;
        this.refusal = refusal;
    }

    static InstitutionNameVerdict valid(String input, InstitutionName name) {
        return new InstitutionNameVerdict(input, name, null);
    }

    static InstitutionNameVerdict refused(InstitutionNameException refusal) {
        return new InstitutionNameVerdict(refusal.input(), null, refusal);
    }

    /**
     * Tells whether the name may be printed.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return name != null;
    }

    /**
     * Returns the name when valid.
     *
     * @return the name (white space around it removed), or empty when refused
     */
    public Optional<InstitutionName> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Returns why the name was refused.
     *
     * @return the reason, or empty when valid
     */
    public Optional<InstitutionNameException.Reason> reason() {
        return refusal == null ? Optional.empty() : Optional.of(refusal.reason());
    }

    /**
     * Returns the 1-based code point position of the refusal, as {@link InstitutionNameException#position()}.
     *
     * @return 0 when valid or blank, else 1 or more
     */
    public int position() {
        return refusal == null ? 0 : refusal.position();
    }

    /**
     * Returns the forbidden word or the refused character, as {@link InstitutionNameException#word()}.
     *
     * @return the word or character, or empty when valid or blank
     */
    public Optional<String> word() {
        return refusal == null || refusal.word().isEmpty() ? Optional.empty() : Optional.of(refusal.word());
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
     * Returns the name, or throws what {@link InstitutionName#of(String)} throws.
     *
     * @return the name
     * @throws InstitutionNameException if the name was refused
     */
    public InstitutionName orElseThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return name;
    }

    @Override
    public String toString() {
        return refusal == null ? "valid " + name : "refused " + refusal.reason() + " at " + refusal.position();
    }
}
