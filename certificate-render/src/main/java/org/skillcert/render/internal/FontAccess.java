package org.skillcert.render.internal;

import java.util.Objects;
import java.util.function.Function;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.skillcert.render.font.FontFace;

/**
 * The parsed fontbox font behind a public {@link FontFace}, for the code that embeds it: the face
 * keeps fontbox out of its public signature and hands its accessor over here once, when its class
 * is initialised (the JDK's "shared secrets" pattern).
 */
public final class FontAccess {
    private static volatile Function<FontFace, TrueTypeFont> accessor;

    private FontAccess() {
    }

    /**
     * Called once by {@link FontFace}'s static initialiser; later calls are refused.
     *
     * @param fontOfFace returns a face's parsed font
     * @throws IllegalStateException if an accessor is already set
     */
    public static synchronized void register(Function<FontFace, TrueTypeFont> fontOfFace) {
        if (accessor != null) {
            throw new IllegalStateException("font accessor already registered");
        }
        accessor = Objects.requireNonNull(fontOfFace);
    }

    /**
     * Returns the parsed font of a face; callers must not close or modify it.
     *
     * @param face the face (its class is initialised, so the accessor is set)
     * @return the shared TrueType font
     */
    public static TrueTypeFont trueTypeFont(FontFace face) {
        return accessor.apply(face);
    }
}
