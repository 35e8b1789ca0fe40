package org.skillcert.render;

import java.util.Objects;
import javax.annotation.Nullable;
import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * A document could not be rendered: a missing glyph, a font that cannot be embedded, a value
 * that does not fit its box, an unusable photo, a bad layout file or an I/O failure.
 *
 * <p>Callers branch on {@link #reason()}; {@link #input()} names what was refused (a field
 * name, a file, a layout line) and {@link #position()} is the 1-based position inside it where
 * one exists (the code point index in a field value, the line of a layout file), else 0. No
 * partial file is left behind when this is thrown by the batch API.
 */
public final class RenderException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why rendering failed. */
    public enum Reason implements FailureReason {
        /** No font in the role's fallback chain has a glyph for a character of a field. */
        MISSING_GLYPH,
        /** A font file has CFF (PostScript) outlines or is no TrueType font at all. */
        FONT_NOT_TRUETYPE,
        /** A font file or stream could not be read or parsed. */
        FONT_UNREADABLE,
        /** No font at all could be found for a role (bundled fallback switched off). */
        FONT_NOT_FOUND,
        /** A value is too long for its box even at the minimum size on the allowed lines. */
        TEXT_DOES_NOT_FIT,
        /** The photo is neither JPEG nor PNG. */
        PHOTO_UNSUPPORTED,
        /** The photo file cannot be read or decoded (missing, not a regular file, truncated, corrupt). */
        PHOTO_UNREADABLE,
        /** The photo declares more pixels than {@link Photo#MAX_PIXELS}, or its file is larger than
         *  {@link Photo#MAX_BYTES}; it is refused from its header, without decoding. */
        PHOTO_TOO_LARGE,
        /** The QR payload needs modules smaller than 0.4 mm in the layout's QR box. */
        QR_TOO_DENSE,
        /** A layout file has a syntax or value error. */
        LAYOUT_INVALID,
        /** A required content value is missing or malformed. */
        CONTENT_INVALID,
        /** Writing the PDF failed. */
        IO_FAILED
    }

    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason why it failed
     * @param input what was refused (field name, file, layout source)
     * @param position 1-based position inside {@code input}, 0 when none applies
     * @param message the message for people
     * @param cause the underlying failure, may be {@code null}
     */
    public RenderException(Reason reason, String input, int position, String message, @Nullable Throwable cause) {
        super(reason, input, position, message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates an exception without a cause.
     *
     * @param reason why it failed
     * @param input what was refused
     * @param position 1-based position inside {@code input}, 0 when none applies
     * @param message the message for people
     */
    public RenderException(Reason reason, String input, int position, String message) {
        this(reason, input, position, message, null);
    }

    /**
     * Returns why rendering failed.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
