package org.skillcert.render.font;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillcert.render.RenderException;

/**
 * The fonts a renderer draws with, by role, each role with its fallback chain.
 *
 * <p>Resolution, per role: the fonts the caller gave (in the order given), then the system font
 * found by family file name ({@code system-fonts.txt}: Windows, macOS and Linux font
 * directories; {@code .ttf} files and {@code .ttc} collections), then the bundled OFL fallback
 * (LXGW WenKai for Kai and standing in for FangSong; Noto Serif SC for Song; Liberation Serif for
 * Latin). {@link #report()} says which font serves each role and which roles fell back to a
 * stand-in of another style. Each character is drawn with the first font of its chain that has it: Latin-script characters (below U+2000) try the Latin chain first, everything else
 * tries the text's own role first; then the other roles follow. A character no font has is a
 * {@link RenderException} with reason {@code MISSING_GLYPH}, naming the field, the character,
 * its code point and the fonts tried.
 *
 * <p>Immutable and thread-safe; the faces are parsed once and shared by all documents.
 *
 * <p>{@link Builder#build()} logs to {@code System.getLogger("org.skillcert.render.font")} at
 * {@code DEBUG}: the font file serving each role and where it came from, and every fallback (a
 * role with no given or system font served by the bundled font; a bundled stand-in of another
 * style). {@code DEBUG}, because {@link #fallbacks()} is the API for acting on them and an
 * application's console should not hear of them on every build.
 */
public final class FontLibrary {
    private static final System.Logger LOG = System.getLogger("org.skillcert.render.font");

    private final Map<FontRole, List<FontFace>> chains;
    private final Map<FontRole, RoleFont> report;
    private final Map<FontRole, FontFace[]> roleFirst;
    private final Map<FontRole, FontFace[]> latinFirst;

    private FontLibrary(Map<FontRole, List<FontFace>> chains, Map<FontRole, RoleFont> report) {
        this.chains = chains;
        this.report = report;
        this.roleFirst = new EnumMap<>(FontRole.class);
        this.latinFirst = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            roleFirst.put(role, order(role, role));
            latinFirst.put(role, order(FontRole.LATIN, role));
        }
    }

    private FontFace[] order(FontRole first, FontRole second) {
        Set<FontFace> faces = new LinkedHashSet<>(chains.get(first));
        faces.addAll(chains.get(second));
        for (FontRole other : new FontRole[] {FontRole.KAI, FontRole.FANGSONG, FontRole.SONG, FontRole.LATIN}) {
            faces.addAll(chains.get(other));
        }
        return faces.toArray(new FontFace[0]);
    }

    /**
     * Returns a library of the bundled fonts only: no system lookup, the same output on every
     * machine (what tests and reproducible builds use).
     *
     * @return the bundled-only library
     */
    public static FontLibrary bundledOnly() {
        return builder().systemFonts(false).build();
    }

    /**
     * Returns the default library: system fonts where installed, else the bundled fallback.
     *
     * @return the default library
     */
    public static FontLibrary standard() {
        return builder().build();
    }

    /**
     * Starts a library; by default it uses system fonts and the bundled fallback.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a role's own chain (caller fonts, system font, bundled font), without the
     * cross-role fallbacks.
     *
     * @param role the role
     * @return the faces, first preferred; never empty
     */
    public List<FontFace> chain(FontRole role) {
        return chains.get(role);
    }

    /**
     * Returns which font serves each role, where it came from and whether the role fell back to a
     * stand-in of another style (R-LAY-4, R-LAY-5), in {@link FontRole} order.
     *
     * @return one entry per role
     */
    public List<RoleFont> report() {
        return List.copyOf(report.values());
    }

    /**
     * Returns which font serves one role.
     *
     * @param role the role
     * @return the role's entry of {@link #report()}
     */
    public RoleFont report(FontRole role) {
        return report.get(role);
    }

    /**
     * Returns the roles that fell back to a stand-in of another style ({@link RoleFont#fellBack()}).
     *
     * @return the fallen-back roles' entries, in {@link FontRole} order; empty if none
     */
    public List<RoleFont> fallbacks() {
        return report.values().stream().filter(RoleFont::fellBack).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the face that draws one character of a field.
     *
     * @param role the role the text is set in
     * @param codePoint the character
     * @param field the field name, for the error
     * @param position 1-based code point index of the character in the field value, for the error
     * @return the first face of the fallback chain with a glyph for the character
     * @throws RenderException {@code MISSING_GLYPH} if no face has it
     */
    public FontFace faceFor(FontRole role, int codePoint, String field, int position) {
        FontFace[] order = codePoint < 0x2000 ? latinFirst.get(role) : roleFirst.get(role);
        for (FontFace face : order) {
            if (face.hasGlyph(codePoint)) {
                return face;
            }
        }
        throw new RenderException(RenderException.Reason.MISSING_GLYPH, field, position, String.format(
                "%s: U+%04X '%s' has no glyph in [%s]", field, codePoint, new String(Character.toChars(codePoint)),
                List.of(order).stream().map(FontFace::family).distinct().collect(Collectors.joining(", "))));
    }

    /** Collects the fonts of a library; not thread-safe, build once and share the library. */
    public static final class Builder {
        private final Map<FontRole, List<FontFace>> given = new EnumMap<>(FontRole.class);
        private boolean systemFonts = true;
        private boolean bundled = true;
        private boolean compact = true;

        private Builder() {
            for (FontRole role : FontRole.values()) {
                given.put(role, new ArrayList<>());
            }
        }

        /**
         * Adds a font file for a role, before the system and bundled fonts.
         *
         * @param role the role
         * @param file a TrueType-outline {@code .ttf} file, or a {@code .ttc} collection (its first face)
         * @return this builder
         * @throws RenderException {@code FONT_NOT_TRUETYPE} (CFF/OTF) or
         *     {@code FONT_UNREADABLE}, naming the file
         */
        public Builder font(FontRole role, Path file) {
            given.get(role).add(FontFace.load(file));
            return this;
        }

        /**
         * Adds one face of a font collection ({@code .ttc}) for a role, before the system and
         * bundled fonts.
         *
         * @param role the role
         * @param file a {@code .ttc} collection with TrueType outlines
         * @param faceName the face's PostScript or family name, e.g. {@code NSimSun}
         * @return this builder
         * @throws RenderException {@code FONT_NOT_FOUND} if no face has that name,
         *     {@code FONT_NOT_TRUETYPE} or {@code FONT_UNREADABLE}, naming the file
         */
        public Builder font(FontRole role, Path file, String faceName) {
            given.get(role).add(FontFace.load(file, faceName));
            return this;
        }

        /**
         * Adds a font from a stream for a role; the stream is read but not closed.
         *
         * @param role the role
         * @param in TrueType font data
         * @param name what to call it in errors
         * @return this builder
         * @throws RenderException {@code FONT_NOT_TRUETYPE} or {@code FONT_UNREADABLE}, naming {@code name}
         */
        public Builder font(FontRole role, InputStream in, String name) {
            given.get(role).add(FontFace.load(in, name));
            return this;
        }

        /**
         * Adds an already parsed face for a role (faces can be shared between libraries).
         *
         * @param role the role
         * @param face the face
         * @return this builder
         */
        public Builder font(FontRole role, FontFace face) {
            given.get(role).add(face);
            return this;
        }

        /**
         * Whether to look for installed system fonts (default true). Tests say false.
         *
         * @param use true to search the system font directories
         * @return this builder
         */
        public Builder systemFonts(boolean use) {
            this.systemFonts = use;
            return this;
        }

        /**
         * Whether the bundled OFL fonts end every chain (default true).
         *
         * @param use false to rely on caller and system fonts only
         * @return this builder
         */
        public Builder bundledFallback(boolean use) {
            this.bundled = use;
            return this;
        }

        /**
         * Whether fonts of more than {@value FontFace#COMPACT_THRESHOLD} glyphs are preceded by
         * their compact GB 2312 part ({@link FontFace#compact()}; default true): the same output,
         * several times faster per document.
         *
         * @param use false to embed from the full fonts only
         * @return this builder
         */
        public Builder compactFonts(boolean use) {
            this.compact = use;
            return this;
        }

        /**
         * Resolves every role.
         *
         * @return the library
         * @throws RenderException {@code FONT_NOT_FOUND} if a role ends up with no font at all
         */
        public FontLibrary build() {
            Map<FontRole, List<FontFace>> chains = new EnumMap<>(FontRole.class);
            Map<FontRole, RoleFont> report = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                List<FontFace> chain = new ArrayList<>(given.get(role));
                if (systemFonts) {
                    SystemFonts.forRole(role).ifPresent(chain::add);
                }
                if (bundled) {
                    chain.add(BundledFonts.forRole(role));
                }
                if (!chain.isEmpty()) {
                    RoleFont.Origin served = !given.get(role).isEmpty() ? RoleFont.Origin.GIVEN
                            : chain.size() > 1 || !bundled ? RoleFont.Origin.SYSTEM : RoleFont.Origin.BUNDLED;
                    boolean fellBack = served == RoleFont.Origin.BUNDLED && !BundledFonts.ownStyle(role);
                    report.put(role, new RoleFont(role, chain.get(0), served, fellBack));
                    log(role, chain.get(0), served, fellBack);
                }
                if (chain.isEmpty()) {
                    throw new RenderException(RenderException.Reason.FONT_NOT_FOUND, role.name(), 0,
                            "no font for role " + role + ": give one, allow system fonts or the bundled fallback");
                }
                // a big font's compact part goes first: the same glyphs, far cheaper to embed per document
                List<FontFace> withCompact = new ArrayList<>();
                for (FontFace face : chain) {
                    if (compact) {
                        withCompact.add(face.compact());
                    }
                    withCompact.add(face);
                }
                chains.put(role, Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(withCompact))));
            }
            return new FontLibrary(chains, report);
        }

        private void log(FontRole role, FontFace face, RoleFont.Origin served, boolean fellBack) {
            LOG.log(System.Logger.Level.DEBUG, "font role {0} served by {1} ({2}, {3})", role, face.family(), served,
                    face.source());
            if (served == RoleFont.Origin.BUNDLED && (systemFonts || !given.get(role).isEmpty())) {
                LOG.log(System.Logger.Level.DEBUG, "font role {0} falls back to the bundled {1}: no {2} font found",
                        role, face.family(), systemFonts ? "given or system" : "given");
            }
            if (fellBack) {
                LOG.log(System.Logger.Level.DEBUG, "font role {0} falls back to a stand-in of another style: {1} ({2})",
                        role, face.family(), face.source());
            }
        }
    }
}
