package org.skillcert.render.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;
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
    private static final MethodHandle TABLE_DIRECTORY;
    private static final MethodHandle GLYPH_ID;
    private static final MethodHandle EMBEDDING_DATA;

    static {
        try {
            MethodHandles.Lookup face = MethodHandles.privateLookupIn(FontFace.class, MethodHandles.lookup());
            TRUE_TYPE_FONT = face.findVirtual(FontFace.class, "trueTypeFont", MethodType.methodType(TrueTypeFont.class));
            TABLE_DIRECTORY = face.findVirtual(FontFace.class, "tableDirectory", MethodType.methodType(int.class));
            GLYPH_ID = face.findVirtual(FontFace.class, "glyphId", MethodType.methodType(int.class, int.class));
            EMBEDDING_DATA = face.findVirtual(FontFace.class, "embeddingData",
                    MethodType.methodType(Object.class, Function.class));
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

    /**
     * Returns where a face's table directory starts in its font file (for a collection, the whole
     * collection: fontbox's {@code TrueTypeFont.getOriginalData()}).
     *
     * @param face the face
     * @return the offset
     */
    public static int tableDirectory(FontFace face) {
        try {
            return (int) TABLE_DIRECTORY.invokeExact(face);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the glyph of a code point in a face, 0 for none.
     *
     * @param face the face
     * @param codePoint the code point
     * @return the glyph id
     */
    public static int glyphId(FontFace face, int codePoint) {
        try {
            return (int) GLYPH_ID.invokeExact(face, codePoint);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the value the embedding code derives once per face, made on first use.
     *
     * @param face the face
     * @param maker makes the value from the face
     * @return the value, the same object on every later call
     */
    public static Object embeddingData(FontFace face, Function<FontFace, Object> maker) {
        try {
            return (Object) EMBEDDING_DATA.invokeExact(face, maker);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
