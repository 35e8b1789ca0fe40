package org.skillcert.render.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.skillcert.render.RenderException;

/**
 * One parsed TrueType font, shared by every document and every thread.
 *
 * <p>A face is parsed once; its tables are read eagerly so that later use (glyph checks,
 * widths, subset embedding into many documents at once) only reads immutable in-memory data.
 * Only TrueType outlines ({@code glyf}) are accepted: PDFBox 3 cannot subset CFF-flavoured
 * OpenType fonts. A TrueType collection ({@code .ttc}, e.g. Windows {@code simsun.ttc}) is read
 * with PDFBox's {@code TrueTypeCollection}: one face of it, by name or the first (R-LAY-5).
 */
public final class FontFace {
    private final String family;
    private final String source;
    // the parsed font, made on first use for a lazily loaded face (the bundled Song face: only a
    // seal needs it, and overlays and print runs draw none)
    private volatile Parsed parsed;
    private final java.util.function.Supplier<FontFace> loader;

    /** Everything read from the font file. */
    private static final class Parsed {
        final String postScriptName;
        final TrueTypeFont ttf;
        // where this face's table directory starts in the font file (not 0 in a collection)
        final int tableDirectory;
        final CmapLookup cmap;
        final HorizontalMetricsTable metrics;
        final float unitsToThousandths;
        // advance widths of the Basic Multilingual Plane, in 1/1000 em; -1 = no glyph
        final short[] bmpAdvance;

        Parsed(TrueTypeFont ttf, int tableDirectory) throws IOException {
            this.postScriptName = ttf.getName();
            this.ttf = ttf;
            this.tableDirectory = tableDirectory;
            this.cmap = ttf.getUnicodeCmapLookup(false);
            this.metrics = ttf.getHorizontalMetrics();
            this.unitsToThousandths = 1000f / ttf.getUnitsPerEm();
            this.bmpAdvance = new short[0x10000];
            Arrays.fill(bmpAdvance, (short) -1);
            for (int cp = 0; cp < 0x10000; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    bmpAdvance[cp] = (short) Math.round(metrics.getAdvanceWidth(gid) * unitsToThousandths);
                }
            }
            // read the lazily loaded tables now, while only one thread knows this font
            ttf.getNaming();
            ttf.getPostScript();
            ttf.getOS2Windows();
            ttf.getHeader();
            ttf.getHorizontalHeader();
            ttf.getMaximumProfile();
            ttf.getIndexToLocation();
            ttf.getGlyph();
            ttf.getCmap();
            // no glyph substitution: certificates need none (no ligatures, no shaping for Chinese), and
            // PDFBox's Latin substitution compiles regular expressions on every showText call
            ttf.setEnableGsub(false);
        }
    }

    private FontFace(String family, String source, Parsed parsed) {
        this.family = family;
        this.source = source;
        this.parsed = parsed;
        this.loader = null;
    }

    private FontFace(String family, String source, java.util.function.Supplier<FontFace> loader) {
        this.family = family;
        this.source = source;
        this.loader = loader;
    }

    /**
     * A face whose font is read on first use (a glyph check, a width, embedding): for fonts that
     * most documents never reach.
     *
     * @param family the family name the font has
     * @param source where it comes from
     * @param loader reads the font; called at most once
     * @return the face
     */
    static FontFace lazy(String family, String source, java.util.function.Supplier<FontFace> loader) {
        return new FontFace(family, source, loader);
    }

    private Parsed p() {
        Parsed p = parsed;
        if (p == null) {
            synchronized (this) {
                p = parsed;
                if (p == null) {
                    p = loader.get().p();
                    parsed = p;
                }
            }
        }
        return p;
    }

    /**
     * Tells whether the font has been read (a lazily loaded face is read on first use).
     *
     * @return true once parsed
     */
    boolean loaded() {
        return parsed != null;
    }

    /**
     * Parses a TrueType font file, or the first face of a TrueType collection.
     *
     * @param file a {@code .ttf} file with TrueType outlines, or a {@code .ttc} collection of them
     * @return the face
     * @throws RenderException {@code FONT_NOT_TRUETYPE} for CFF/OTF or non-font data,
     *     {@code FONT_UNREADABLE} if it cannot be read; the input names the file
     */
    public static FontFace load(Path file) {
        return FontFiles.parse(FontFiles.readFile(file), file.toString(), null);
    }

    /**
     * Parses one face of a TrueType collection ({@code .ttc}) by its name; for a plain
     * {@code .ttf} file the name must be the font's own.
     *
     * @param file a {@code .ttc} (or {@code .ttf}) file with TrueType outlines
     * @param faceName the face's PostScript name or full name (e.g. {@code NSimSun}), compared
     *     ignoring case and spaces
     * @return the face
     * @throws RenderException {@code FONT_NOT_FOUND} if no face has that name (the message lists
     *     the faces there are), {@code FONT_NOT_TRUETYPE} or {@code FONT_UNREADABLE}
     */
    public static FontFace load(Path file, String faceName) {
        return FontFiles.parse(FontFiles.readFile(file), file.toString(), faceName);
    }

    /**
     * Lists the faces of a font file: one for a {@code .ttf}, each face of a {@code .ttc}.
     *
     * @param file the font file
     * @return the PostScript names of its faces, in file order
     * @throws RenderException {@code FONT_NOT_TRUETYPE} or {@code FONT_UNREADABLE}
     */
    public static List<String> faceNames(Path file) {
        byte[] bytes = FontFiles.readFile(file);
        if (FontFiles.tag(bytes) != FontFiles.TTCF) {
            return List.of(FontFiles.parse(bytes, file.toString(), null).p().postScriptName);
        }
        return FontFiles.collectionNames(bytes, file);
    }

    /**
     * Parses a TrueType font from a stream; the stream is read to its end but not closed.
     *
     * @param in the font data
     * @param name what to call the source in errors (e.g. its file name)
     * @return the face
     * @throws RenderException {@code FONT_NOT_TRUETYPE} or {@code FONT_UNREADABLE}, naming {@code name}
     */
    public static FontFace load(InputStream in, String name) {
        try {
            return FontFiles.parse(in.readAllBytes(), name, null);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.FONT_UNREADABLE, name, 0,
                    "cannot read font " + name + ": " + e.getMessage(), e);
        }
    }

    static FontFace parse(byte[] bytes, String source) {
        return FontFiles.parse(bytes, source, null);
    }

    /**
     * @param tableDirectory where the face's table directory starts in its file (0 but in a collection)
     */
    static FontFace checked(TrueTypeFont ttf, String source, int tableDirectory) throws IOException {
        if (ttf.getGlyph() == null) {
            throw FontFiles.notTrueType(source, "has no glyf table (CFF outlines?); PDFBox can subset only TrueType outlines");
        }
        String family = ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                ? ttf.getNaming().getFontFamily() : ttf.getName();
        return new FontFace(family, source, new Parsed(ttf, tableDirectory));
    }

    /**
     * Returns this font cut down to the characters Chinese certificates nearly always use: every
     * non-CJK character it has, and the CJK characters of GB 2312 (6,763 hanzi and its symbols).
     * PDFBox's per-document embedding cost grows with the number of glyphs in the font (it builds
     * and parses a width array over all of them), so a 29,000-glyph font costs about four times
     * what its 7,000-glyph part does. The cut exists only in memory and only ever reaches a PDF as
     * a further subset, the same as embedding the original; characters outside it fall through to
     * the full font.
     *
     * @return the cut-down face, or this face if it has fewer than {@value #COMPACT_THRESHOLD} glyphs
     */
    public FontFace compact() {
        FontFace c = compact;
        if (c == null) {
            synchronized (this) {
                c = compact;
                if (c == null) {
                    c = makeCompact();
                    compact = c;
                }
            }
        }
        return c;
    }

    /** Fonts with more glyphs than this get a compact companion. */
    public static final int COMPACT_THRESHOLD = 12_000;

    private volatile FontFace compact;

    private FontFace makeCompact() {
        if (parsed == null) {
            // a lazy face's compact part is lazy too: cut when first used
            return lazy(family, source + " (GB 2312 part)", () -> {
                FontFace cut = cut();
                return cut == this ? this : cut;
            });
        }
        return cut();
    }

    private FontFace cut() {
        TrueTypeFont ttf = p().ttf;
        try {
            if (ttf.getNumberOfGlyphs() < COMPACT_THRESHOLD) {
                return this;
            }
            CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
            Set<Integer> keep = new HashSet<>();
            for (int cp = 0x20; cp < 0x10000; cp++) {
                if (hasGlyph(cp) && (cp < 0x2E80 || gb2312.canEncode((char) cp))) {
                    keep.add(cp);
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            subsetter.addAll(keep);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
            subsetter.writeToStream(out);
            FontFace cut = parse(out.toByteArray(), source + " (GB 2312 part)");
            return new FontFace(family, cut.source, cut.p());
        } catch (IOException e) {
            // the full font still works, only slower to embed
            return this;
        }
    }

    /**
     * Returns the family name from the font's name table, e.g. {@code LXGW WenKai}.
     *
     * @return the family name
     */
    public String family() {
        return family;
    }

    /**
     * Returns where the font came from (file path, stream name or bundled resource).
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Tells whether the font maps a code point to a real glyph.
     *
     * @param codePoint a Unicode code point
     * @return true if the font has a glyph for it
     */
    public boolean hasGlyph(int codePoint) {
        Parsed p = p();
        if (codePoint < 0x10000) {
            return p.bmpAdvance[codePoint] >= 0;
        }
        return p.cmap.getGlyphId(codePoint) > 0;
    }

    /**
     * Returns the advance width of a code point in thousandths of the font size.
     *
     * @param codePoint a code point the font has ({@link #hasGlyph(int)})
     * @return the advance width, 1/1000 em
     */
    public float advance(int codePoint) {
        Parsed p = p();
        if (codePoint < 0x10000) {
            return p.bmpAdvance[codePoint];
        }
        return p.metrics.getAdvanceWidth(p.cmap.getGlyphId(codePoint)) * p.unitsToThousandths;
    }

    /**
     * Returns the parsed font for embedding; callers must not close or modify it. Package-private:
     * fontbox stays out of the public API; the embedding code reaches it through the internal
     * {@code FontAccess}.
     *
     * @return the shared TrueType font
     */
    TrueTypeFont trueTypeFont() {
        return p().ttf;
    }

    /**
     * Returns where this face's table directory starts in its font file (the file fontbox's
     * {@code TrueTypeFont.getOriginalData()} gives: for a collection, the whole collection).
     *
     * @return the offset, 0 for a plain TrueType file
     */
    int tableDirectory() {
        return p().tableDirectory;
    }

    /**
     * Returns the glyph a code point maps to, 0 (.notdef) for none.
     *
     * @param codePoint a code point
     * @return the glyph id in this face
     */
    int glyphId(int codePoint) {
        return p().cmap.getGlyphId(codePoint);
    }

    /**
     * Returns a value derived once from this face by the embedding code (e.g. its parsed table
     * directory), made by {@code maker} on first use and kept as long as the face. Package-private,
     * reached through the internal {@code FontAccess}.
     *
     * @param maker makes the value; called once per face (more than once only if it throws)
     * @return the value
     */
    Object embeddingData(java.util.function.Function<FontFace, Object> maker) {
        Object d = embeddingData;
        if (d == null) {
            synchronized (this) {
                d = embeddingData;
                if (d == null) {
                    d = maker.apply(this);
                    embeddingData = d;
                }
            }
        }
        return d;
    }

    private volatile Object embeddingData;

    /**
     * Returns the number of glyphs in the font.
     *
     * @return the glyph count
     */
    public int trueTypeFontGlyphCount() {
        try {
            return p().ttf.getNumberOfGlyphs();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return family;
    }
}
