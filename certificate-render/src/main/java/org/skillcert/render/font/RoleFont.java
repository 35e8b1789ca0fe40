package org.skillcert.render.font;

import java.util.Objects;

/**
 * Which font serves a role of a {@link FontLibrary}, where it came from, and whether it is a
 * stand-in of another style (R-LAY-4: values in 仿宋; R-LAY-5: the seal in 宋体).
 *
 * <p>Immutable and thread-safe.
 */
public final class RoleFont {
    /** Where the font serving a role came from. */
    public enum Origin {
        /** A font the caller gave ({@link FontLibrary.Builder#font}). */
        GIVEN,
        /** A font installed on the machine, found by its well-known file name. */
        SYSTEM,
        /** A font shipped in this jar. */
        BUNDLED
    }

    private final FontRole role;
    private final String family;
    private final String source;
    private final Origin origin;
    private final boolean fallback;

    RoleFont(FontRole role, FontFace face, Origin origin, boolean fallback) {
        this.role = role;
        this.family = face.family();
        this.source = face.source();
        this.origin = origin;
        this.fallback = fallback;
    }

    /**
     * Returns the role.
     *
     * @return the role
     */
    public FontRole role() {
        return role;
    }

    /**
     * Returns the family name of the serving font, e.g. {@code LXGW WenKai}.
     *
     * @return the family name
     */
    public String family() {
        return family;
    }

    /**
     * Returns the serving font's file, stream name or {@code bundled:NAME} resource; a face of a
     * collection ends in {@code #FACE}.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns where the serving font came from.
     *
     * @return the origin
     */
    public Origin origin() {
        return origin;
    }

    /**
     * Tells whether the role fell back to a font of another style: no caller or system font was
     * found for it and the bundled stand-in is not of its style (today: 仿宋 drawn with the bundled
     * 楷体). A caller should tell its user, as the {@code skillcert} command does.
     *
     * @return true if the role is drawn in a stand-in style
     */
    public boolean fellBack() {
        return fallback;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RoleFont)) {
            return false;
        }
        RoleFont r = (RoleFont) o;
        return role == r.role && family.equals(r.family) && source.equals(r.source) && origin == r.origin
                && fallback == r.fallback;
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, family, source, origin, fallback);
    }

    /** Returns e.g. {@code FANGSONG: LXGW WenKai (bundled:LXGWWenKai-Regular.ttf, BUNDLED, fell back)}. */
    @Override
    public String toString() {
        return role + ": " + family + " (" + source + ", " + origin + (fallback ? ", fell back)" : ")");
    }
}
