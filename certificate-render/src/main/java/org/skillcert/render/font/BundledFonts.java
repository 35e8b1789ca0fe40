package org.skillcert.render.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OFL fonts shipped in this jar (see {@code README.txt} beside this class): LXGW WenKai for
 * Kai (and standing in for FangSong, of which no OFL TrueType face is known), Noto Serif SC for
 * Song (the seal, R-LAY-5), Liberation Serif for Latin. Parsed on first use, once per JVM.
 */
final class BundledFonts {
    static final String WENKAI = "LXGWWenKai-Regular.ttf";
    static final String LIBERATION = "LiberationSerif-Regular.ttf";
    static final String NOTO_SERIF_SC = "NotoSerifSC_400Regular.ttf";

    private BundledFonts() {
    }

    private static final class Kai {
        static final FontFace FACE = load(WENKAI);
    }

    private static final class Latin {
        static final FontFace FACE = load(LIBERATION);
    }

    // read on first use: only the seal is set in Song, and overlays and print runs draw no seal; the
    // 15 MB font then stays out of memory
    private static final class Song {
        static final FontFace FACE = FontFace.lazy("Noto Serif SC", "bundled:" + NOTO_SERIF_SC, () -> load(NOTO_SERIF_SC));
    }

    /** Returns the bundled face for a role: WenKai serves Kai and stands in for FangSong. */
    static FontFace forRole(FontRole role) {
        switch (role) {
            case LATIN:
                return Latin.FACE;
            case SONG:
                return Song.FACE;
            default:
                return Kai.FACE;
        }
    }

    /** Tells whether the bundled face for a role is of the role's own style (false: a stand-in). */
    static boolean ownStyle(FontRole role) {
        return role != FontRole.FANGSONG;
    }

    private static FontFace load(String name) {
        java.net.URL url = BundledFonts.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("bundled font " + name + " missing from the jar");
        }
        try {
            java.net.URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            try (InputStream in = connection.getInputStream()) {
                // read into an array of the font's size: a growing buffer would hold the font twice
                byte[] bytes = size > 0 && size < Integer.MAX_VALUE ? in.readNBytes((int) size) : in.readAllBytes();
                if (in.read() != -1) {
                    throw new IllegalStateException("bundled font " + name + " is longer than its stated size");
                }
                return FontFace.parse(bytes, "bundled:" + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
