package org.skillcert.core.institution;

import org.skillcert.spi.SkillcertException;

/** An institution name that cannot be printed on a certificate (R-CERT-3). */
public final class InstitutionNameException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a name was refused. */
    public enum Reason {
        /** The name is empty or white space only. */
        BLANK,
        /** The name contains a word R-CERT-3 forbids (see {@link #word()} and {@link #position()}). */
        FORBIDDEN_WORD
    }

    private final Reason reason;
    private final String input;
    private final String word;
    private final int position;

    InstitutionNameException(Reason reason, String input, String word, int position) {
        super(reason == Reason.BLANK ? "institution name is blank (R-CERT-3)"
                : "institution name contains the forbidden word " + word + " at position " + position + " (R-CERT-3)");
        this.reason = reason;
        this.input = input;
        this.word = word;
        this.position = position;
    }

    /**
     * Returns why the name was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the name as passed in.
     *
     * @return the input
     */
    public String input() {
        return input;
    }

    /**
     * Returns the forbidden word found, the longest one at the first place any occurs.
     *
     * @return the word, or an empty string for {@link Reason#BLANK}
     */
    public String word() {
        return word;
    }

    /**
     * Returns the 1-based position (in characters) where the forbidden word starts.
     *
     * @return 1 or more, or 0 for {@link Reason#BLANK}
     */
    public int position() {
        return position;
    }
}
