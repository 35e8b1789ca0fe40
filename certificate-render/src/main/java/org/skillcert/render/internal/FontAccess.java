package org.skillcert.render.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.skillcert.render.font.FontFace;

/**
 * The parsed fontbox font behind a public {@link FontFace}, for the code that embeds it. The face
 * keeps fontbox out of its public signature with a package-private accessor, reached here through
 * a private method-handle lookup (same module), so that the font package does not depend on this
 * one (no package cycle).
 */
public final class FontAccess {
    private static final MethodHandle TRUE_TYPE_FONT;

    static {
        try {
            TRUE_TYPE_FONT = MethodHandles.privateLookupIn(FontFace.class, MethodHandles.lookup())
                    .findVirtual(FontFace.class, "trueTypeFont", MethodType.methodType(TrueTypeFont.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FontAccess() {
    }

    /**
     * Returns the parsed font of a face; callers must not close or modify it.
     *
     * @param face the face
     * @return the shared TrueType font
     */
    public static TrueTypeFont trueTypeFont(FontFace face) {
        try {
            return (TrueTypeFont) TRUE_TYPE_FONT.invokeExact(face);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
