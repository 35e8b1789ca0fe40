package org.skillcert.core.institution;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/** An institution name that cannot be printed on a certificate (R-CERT-3). */
public final class InstitutionNameException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a name was refused. */
    public enum Reason implements FailureReason {
        /** The name is empty or white space only. */
        BLANK,
        /** The name contains a word R-CERT-3 forbids (see {@link #word()} and {@link #position()}). */
        FORBIDDEN_WORD,
        /**
         * The name starts with a character other than a letter or digit (such as {@code =}, read
         * as a formula by spreadsheets), or has white space, a control or a format character (such
         * as a soft hyphen) inside;
         * {@link #word()} is that character and {@link #position()} its place.
         */
        CHARACTER
    }

    private final Reason reason;
    private final String word;

    InstitutionNameException(Reason reason, String input, String word, int position) {
        super(reason, input, position, switch (reason) {
            case BLANK -> "institution name is blank (R-CERT-3)";
            case CHARACTER -> (position == 1 ? "institution name must start with a letter or digit, not U+"
                    : "institution name has white space, a control or a format character, U+")
                    + String.format("%04X", word.codePointAt(0)) + " at position " + position + " (R-CERT-3)";
            case FORBIDDEN_WORD -> "institution name contains the forbidden word " + word + " at position " + position
                    + " (R-CERT-3)";
        }, null);
        this.reason = reason;
        this.word = word;
    }

    /**
     * Returns why the name was refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the forbidden word found, the longest one at the first place any occurs, as R-CERT-3
     * writes it (simplified, even when the name has it in traditional or compatibility form); for
     * {@link Reason#CHARACTER} the refused character.
     *
     * @return the word or character, or an empty string for {@link Reason#BLANK}
     */
    public String word() {
        return word;
    }
}
