package org.skillcert.render.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OFL fonts shipped in this jar (see {@code README.txt} beside this class): LXGW WenKai for
 * the Chinese roles, Liberation Serif for Latin. Parsed on first use, once per JVM.
 */
final class BundledFonts {
    static final String WENKAI = "LXGWWenKai-Regular.ttf";
    static final String LIBERATION = "LiberationSerif-Regular.ttf";

    private BundledFonts() {
    }

    private static final class Kai {
        static final FontFace FACE = load(WENKAI);
    }

    private static final class Latin {
        static final FontFace FACE = load(LIBERATION);
    }

    /** Returns the bundled face for a role: WenKai stands in for Kai, FangSong and Song. */
    static FontFace forRole(FontRole role) {
        return role == FontRole.LATIN ? Latin.FACE : Kai.FACE;
    }

    private static FontFace load(String name) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + name + " missing from the jar");
            }
            return FontFace.load(in, "bundled:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
