package org.skillcert.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.skillcert.render.font.FontFace;

/**
 * Cuts a TrueType face down to the glyphs of a few characters: the font program of one
 * document's values (a few dozen characters out of thousands). Works on the face's file bytes
 * only, located once per face ({@link Source}), and never on fontbox's parsed font: fontbox reads
 * glyphs under a lock on the shared font, which made documents on two threads wait for each
 * other, and its subsetter builds its character map in time quadratic in the glyphs kept.
 * Thread-safe: a source is immutable, each cut allocates its own output.
 *
 * <p>The cut font keeps what PDF 32000 9.9 asks of an embedded TrueType program for a
 * CIDFontType2 font and what readers use: {@code head}, {@code hhea}, {@code maxp},
 * {@code loca} (long offsets), {@code glyf}, {@code hmtx} (one full metric per glyph), the
 * hinting tables ({@code cvt }, {@code fpgm}, {@code prep}) and {@code gasp} copied as they are,
 * {@code OS/2} (its first and last character set anew), {@code post} version 3 (no glyph names),
 * a small {@code name} table and a {@code cmap} of just the kept characters. Glyph 0 is the
 * face's {@code .notdef}; glyph {@code i + 1} is the {@code i}-th requested code point in
 * ascending order (a code point the face lacks gets a copy of {@code .notdef}, so that text
 * extraction still finds it); glyphs that composite glyphs are built of follow.
 */
final class FontSubsetter {
    private FontSubsetter() {
    }

    /** A face's tables, located once from its file bytes. Immutable. */
    static final class Source {
        final String postScriptName;
        final String family;
        final String subfamily;
        final byte[] b;
        final int head;
        final int headLength;
        final int hhea;
        final int maxp;
        final int maxpLength;
        final int loca;
        final int locaLength;
        final int glyf;
        final int glyfLength;
        final int hmtx;
        final int hmtxLength;
        final int post;
        final int postLength;
        final int os2;
        final int os2Length;
        // tables copied unchanged: tag, offset, length
        final int[] raw;
        final int numGlyphs;
        final int numberOfHMetrics;
        final boolean longLoca;
        final int unitsPerEm;

        private Source(byte[] b, int[] t, int[] raw, String postScriptName, String family, String subfamily)
                throws IOException {
            this.b = b;
            this.raw = raw;
            this.postScriptName = postScriptName;
            this.family = family;
            this.subfamily = subfamily;
            head = t[0];
            headLength = t[1];
            hhea = t[2];
            maxp = t[4];
            maxpLength = t[5];
            loca = t[6];
            locaLength = t[7];
            glyf = t[8];
            glyfLength = t[9];
            hmtx = t[10];
            hmtxLength = t[11];
            post = t[12];
            postLength = t[13];
            os2 = t[14];
            os2Length = t[15];
            if (head < 0 || headLength < 54 || hhea < 0 || t[3] < 36 || maxp < 0 || maxpLength < 6 || loca < 0
                    || glyf < 0 || hmtx < 0) {
                throw new IOException("font lacks one of head, hhea, maxp, loca, glyf, hmtx");
            }
            numGlyphs = u16(b, maxp + 4);
            numberOfHMetrics = u16(b, hhea + 34);
            longLoca = s16(b, head + 50) != 0;
            unitsPerEm = u16(b, head + 18);
            if (numberOfHMetrics < 1 || numberOfHMetrics > numGlyphs
                    || hmtxLength < 4 * numberOfHMetrics + 2 * (numGlyphs - numberOfHMetrics)
                    || locaLength < (numGlyphs + 1) * (longLoca ? 4 : 2) || unitsPerEm == 0) {
                throw new IOException("font's hmtx, loca or head disagree with its glyph count");
            }
        }

        /**
         * Locates the tables of a face and copies those a cut uses out of its font file (fontbox
         * holds the file, but reads it under a lock; the layout tables of a CJK font, megabytes,
         * are left behind).
         *
         * @param face the face
         * @return its source
         * @throws IOException if the tables this subsetter needs are missing or out of bounds
         */
        static Source of(FontFace face) throws IOException {
            TrueTypeFont ttf = FontAccess.trueTypeFont(face);
            NamingTable naming = ttf.getNaming();
            String family = naming != null && naming.getFontFamily() != null ? naming.getFontFamily() : face.family();
            String subfamily = naming != null && naming.getFontSubFamily() != null ? naming.getFontSubFamily() : "Regular";
            long fileLength = ttf.getOriginalDataSize();
            int dir = FontAccess.tableDirectory(face);
            byte[] records;
            try (InputStream in = ttf.getOriginalData()) {
                in.skipNBytes(dir);
                byte[] header = in.readNBytes(12);
                int numTables = header.length == 12 ? u16(header, 4) : 0;
                records = in.readNBytes(16 * numTables);
                if (records.length != 16 * numTables) {
                    throw new IOException("font's table directory is cut short");
                }
            }
            int numTables = records.length / 16;
            // (a collection may put a face's tables before its directory: read them from the start)
            try (InputStream in = ttf.getOriginalData()) {
                long position = 0;
                // the tables to keep, in file order: tag, file offset, length
                List<int[]> keep = new ArrayList<>();
                for (int i = 0; i < numTables; i++) {
                    int rec = 16 * i;
                    int tag = s32(records, rec);
                    long offset = s32(records, rec + 8) & 0xFFFFFFFFL;
                    long length = s32(records, rec + 12) & 0xFFFFFFFFL;
                    if (offset + length > fileLength || length > Integer.MAX_VALUE / 2) {
                        throw new IOException("table " + tagName(tag) + " lies outside the font file");
                    }
                    if (slot(tag) >= 0 || tag == CVT || tag == FPGM || tag == PREP || tag == GASP) {
                        keep.add(new int[] {tag, (int) offset, (int) length});
                    }
                }
                keep.sort((x, y) -> Integer.compare(x[1], y[1]));
                long total = 0;
                for (int[] k : keep) {
                    total += (k[2] + 3) & ~3;
                }
                if (total > Integer.MAX_VALUE - 16) {
                    throw new IOException("font too large");
                }
                byte[] b = new byte[(int) total];
                int[] t = new int[16];
                Arrays.fill(t, -1);
                int[] raw = new int[12];
                int rawCount = 0;
                int at = 0;
                int[] previous = null;
                for (int[] k : keep) {
                    int copyAt;
                    if (previous != null && k[1] == previous[1] && k[2] == previous[2]) {
                        copyAt = at - ((previous[2] + 3) & ~3); // the same bytes listed twice
                    } else {
                        if (k[1] < position) {
                            throw new IOException("font tables overlap at table " + tagName(k[0]));
                        }
                        in.skipNBytes(k[1] - position);
                        if (in.readNBytes(b, at, k[2]) != k[2]) {
                            throw new IOException("font file ends inside table " + tagName(k[0]));
                        }
                        position = (long) k[1] + k[2];
                        copyAt = at;
                        at += (k[2] + 3) & ~3;
                        previous = k;
                    }
                    int slot = slot(k[0]);
                    if (slot >= 0) {
                        t[2 * slot] = copyAt;
                        t[2 * slot + 1] = k[2];
                    } else if (rawCount < raw.length) {
                        raw[rawCount++] = k[0];
                        raw[rawCount++] = copyAt;
                        raw[rawCount++] = k[2];
                    }
                }
                return new Source(Arrays.copyOf(b, at), t, Arrays.copyOf(raw, rawCount), ttf.getName(), family,
                        subfamily);
            }
        }

        int glyphStart(int gid) {
            return longLoca ? s32(b, loca + 4 * gid) : 2 * u16(b, loca + 2 * gid);
        }

        int advance(int gid) {
            return u16(b, hmtx + 4 * Math.min(gid, numberOfHMetrics - 1));
        }

        int leftSideBearing(int gid) {
            return gid < numberOfHMetrics ? u16(b, hmtx + 4 * gid + 2)
                    : u16(b, hmtx + 4 * numberOfHMetrics + 2 * (gid - numberOfHMetrics));
        }
    }

    /**
     * A cut font.
     *
     * @param font the TrueType program
     * @param advances advance width of each glyph of the cut, in font units
     * @param unitsPerEm the font's units per em
     */
    record Cut(byte[] font, int[] advances, int unitsPerEm) {
    }

    private static final int HEAD = tag("head");
    private static final int HHEA = tag("hhea");
    private static final int MAXP = tag("maxp");
    private static final int LOCA = tag("loca");
    private static final int GLYF = tag("glyf");
    private static final int HMTX = tag("hmtx");
    private static final int POST = tag("post");
    private static final int OS2 = tag("OS/2");
    private static final int CMAP = tag("cmap");
    private static final int NAME = tag("name");
    private static final int CVT = tag("cvt ");
    private static final int FPGM = tag("fpgm");
    private static final int PREP = tag("prep");
    private static final int GASP = tag("gasp");

    private static int slot(int tag) {
        if (tag == HEAD) {
            return 0;
        } else if (tag == HHEA) {
            return 1;
        } else if (tag == MAXP) {
            return 2;
        } else if (tag == LOCA) {
            return 3;
        } else if (tag == GLYF) {
            return 4;
        } else if (tag == HMTX) {
            return 5;
        } else if (tag == POST) {
            return 6;
        } else if (tag == OS2) {
            return 7;
        }
        return -1;
    }

    // composite glyph component flags (OpenType glyf table)
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    /**
     * Cuts the face down to some code points.
     *
     * @param src the face's tables
     * @param codePoints distinct code points in ascending order (no surrogates)
     * @param glyphIds each code point's glyph in the face (0 where the face has none)
     * @return the cut: glyph {@code i + 1} draws {@code codePoints[i]}
     * @throws IOException if the face's glyph data is malformed
     */
    static Cut cut(Source src, int[] codePoints, int[] glyphIds) throws IOException {
        int n = codePoints.length;
        for (int cp : codePoints) {
            if (cp < 0 || cp > Character.MAX_CODE_POINT || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                throw new IOException("U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
                        + " is not a character");
            }
        }
        // old glyph of each new glyph; components are appended as found
        int[] old = new int[n + 1 + 8];
        int count = 1;
        for (int i = 0; i < n; i++) {
            int g = glyphIds[i];
            if (g < 0 || g >= src.numGlyphs) {
                g = 0;
            }
            old[count++] = g;
        }
        // new glyph of each old glyph a composite refers to (the first copy of it)
        IntMap component = null;
        int glyfSize = 0;
        for (int i = 0; i < count; i++) {
            int g = old[i];
            int start = src.glyphStart(g);
            int end = src.glyphStart(g + 1);
            if (start < 0 || end < start || end > src.glyfLength) {
                throw new IOException("glyph " + g + " lies outside the glyf table");
            }
            if (end - start >= 10 && s16(src.b, src.glyf + start) < 0) {
                if (component == null) {
                    component = new IntMap();
                    for (int k = 0; k < count; k++) {
                        component.putIfAbsent(old[k], k);
                    }
                }
                int at = src.glyf + start + 10;
                int stop = src.glyf + end;
                int flags;
                do {
                    if (at + 4 > stop) {
                        throw new IOException("composite glyph " + g + " is cut short");
                    }
                    flags = u16(src.b, at);
                    int part = u16(src.b, at + 2);
                    if (part >= src.numGlyphs) {
                        throw new IOException("composite glyph " + g + " refers to glyph " + part);
                    }
                    if (component.get(part) < 0) {
                        if (count == old.length) {
                            old = Arrays.copyOf(old, old.length * 2);
                        }
                        component.putIfAbsent(part, count);
                        old[count++] = part;
                    }
                    at += componentLength(flags);
                } while ((flags & MORE_COMPONENTS) != 0);
            }
            glyfSize += (end - start + 3) & ~3;
        }
        // table sizes
        int cmapSize = cmapSize(codePoints);
        byte[] nameTable = nameTable(src);
        int os2Length = src.os2 >= 0 ? src.os2Length : 0;
        int[] tags = new int[13 + src.raw.length / 3];
        int[] lengths = new int[tags.length];
        int tables = 0;
        tags[tables] = HEAD;
        lengths[tables++] = 54;
        tags[tables] = HHEA;
        lengths[tables++] = 36;
        tags[tables] = MAXP;
        lengths[tables++] = src.maxpLength >= 32 ? 32 : 6;
        tags[tables] = LOCA;
        lengths[tables++] = 4 * (count + 1);
        tags[tables] = GLYF;
        lengths[tables++] = glyfSize;
        tags[tables] = HMTX;
        lengths[tables++] = 4 * count;
        tags[tables] = POST;
        lengths[tables++] = 32;
        tags[tables] = CMAP;
        lengths[tables++] = cmapSize;
        tags[tables] = NAME;
        lengths[tables++] = nameTable.length;
        if (os2Length >= 68) {
            tags[tables] = OS2;
            lengths[tables++] = os2Length;
        }
        for (int r = 0; r < src.raw.length; r += 3) {
            tags[tables] = src.raw[r];
            lengths[tables++] = src.raw[r + 2];
        }
        // the directory lists tables by tag; they are laid out in the same order
        sortByTag(tags, lengths, tables);
        int size = 12 + 16 * tables;
        int[] offsets = new int[tables];
        for (int i = 0; i < tables; i++) {
            offsets[i] = size;
            size += (lengths[i] + 3) & ~3;
        }
        byte[] out = new byte[size];
        int[] advances = new int[count];
        int headAt = -1;
        for (int i = 0; i < tables; i++) {
            int tag = tags[i];
            int at = offsets[i];
            if (tag == HEAD) {
                headAt = at;
                System.arraycopy(src.b, src.head, out, at, 54);
                put32(out, at + 8, 0); // checkSumAdjustment, set last
                put16(out, at + 50, 1); // long loca offsets
            } else if (tag == HHEA) {
                System.arraycopy(src.b, src.hhea, out, at, 36);
                put16(out, at + 34, count);
            } else if (tag == MAXP) {
                System.arraycopy(src.b, src.maxp, out, at, lengths[i]);
                put16(out, at + 4, count);
            } else if (tag == HMTX) {
                for (int k = 0; k < count; k++) {
                    advances[k] = src.advance(old[k]);
                    put16(out, at + 4 * k, advances[k]);
                    put16(out, at + 4 * k + 2, src.leftSideBearing(old[k]));
                }
            } else if (tag == GLYF) {
                int loca = offsets[indexOf(tags, tables, LOCA)];
                int pos = 0;
                for (int k = 0; k < count; k++) {
                    put32(out, loca + 4 * k, pos);
                    int start = src.glyphStart(old[k]);
                    int length = src.glyphStart(old[k] + 1) - start;
                    System.arraycopy(src.b, src.glyf + start, out, at + pos, length);
                    if (length >= 10 && s16(out, at + pos) < 0) {
                        renumberComponents(out, at + pos + 10, at + pos + length, component);
                    }
                    pos += (length + 3) & ~3;
                }
                put32(out, loca + 4 * count, pos);
            } else if (tag == POST) {
                put32(out, at, 0x00030000);
                if (src.post >= 0 && src.postLength >= 16) {
                    // italic angle, underline position and thickness, fixed pitch
                    System.arraycopy(src.b, src.post + 4, out, at + 4, 12);
                }
            } else if (tag == CMAP) {
                writeCmap(out, at, codePoints);
            } else if (tag == NAME) {
                System.arraycopy(nameTable, 0, out, at, nameTable.length);
            } else if (tag == OS2) {
                System.arraycopy(src.b, src.os2, out, at, os2Length);
                int first = n > 0 ? Math.min(codePoints[0], 0xFFFF) : 0xFFFF;
                int last = n > 0 ? Math.min(codePoints[n - 1], 0xFFFF) : 0;
                put16(out, at + 64, first);
                put16(out, at + 66, last);
            } else if (tag != LOCA) {
                for (int r = 0; r < src.raw.length; r += 3) {
                    if (src.raw[r] == tag) {
                        System.arraycopy(src.b, src.raw[r + 1], out, at, lengths[i]);
                    }
                }
            }
        }
        // the table directory (OpenType "Table Directory")
        put32(out, 0, 0x00010000);
        put16(out, 4, tables);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(tables);
        int searchRange = 16 << entrySelector;
        put16(out, 6, searchRange);
        put16(out, 8, entrySelector);
        put16(out, 10, tables * 16 - searchRange);
        long whole = 0;
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            long sum = checksum(out, offsets[i], lengths[i]);
            whole += sum;
            put32(out, rec, tags[i]);
            put32(out, rec + 4, (int) sum);
            put32(out, rec + 8, offsets[i]);
            put32(out, rec + 12, lengths[i]);
        }
        whole += checksum(out, 0, 12 + 16 * tables);
        put32(out, headAt + 8, (int) (0xB1B0AFBAL - (whole & 0xFFFFFFFFL)));
        return new Cut(out, advances, src.unitsPerEm);
    }

    private static int componentLength(int flags) {
        int length = 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_SCALE) != 0) {
            length += 2;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            length += 4;
        } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            length += 8;
        }
        return length;
    }

    private static void renumberComponents(byte[] out, int at, int stop, IntMap component) {
        int flags;
        do {
            flags = u16(out, at);
            put16(out, at + 2, component.get(u16(out, at + 2)));
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0 && at + 4 <= stop);
    }

    private static int indexOf(int[] tags, int count, int tag) {
        for (int i = 0; i < count; i++) {
            if (tags[i] == tag) {
                return i;
            }
        }
        throw new IllegalStateException(tagName(tag));
    }

    private static void sortByTag(int[] tags, int[] lengths, int count) {
        for (int i = 1; i < count; i++) {
            for (int j = i; j > 0 && Integer.compareUnsigned(tags[j - 1], tags[j]) > 0; j--) {
                int t = tags[j];
                tags[j] = tags[j - 1];
                tags[j - 1] = t;
                int l = lengths[j];
                lengths[j] = lengths[j - 1];
                lengths[j - 1] = l;
            }
        }
    }

    // cmap: format 4 (platform 3, encoding 1) for the BMP, and format 12 (3, 10) when a code point
    // lies beyond it; glyph i + 1 for code point i, so runs of code points are runs of glyphs
    private static int cmapSize(int[] cps) {
        int segments = 1 + runs(cps, 0xFFFF);
        int size = 4 + 8 + 16 + 8 * segments;
        if (cps.length > 0 && cps[cps.length - 1] > 0xFFFF) {
            size += 8 + 16 + 12 * runs(cps, Integer.MAX_VALUE);
        }
        return size;
    }

    private static int runs(int[] cps, int below) {
        int runs = 0;
        for (int i = 0; i < cps.length && cps[i] < below; i++) {
            if (i == 0 || cps[i] != cps[i - 1] + 1) {
                runs++;
            }
        }
        return runs;
    }

    private static void writeCmap(byte[] out, int at, int[] cps) {
        boolean beyond = cps.length > 0 && cps[cps.length - 1] > 0xFFFF;
        int segments = 1 + runs(cps, 0xFFFF);
        put16(out, at, 0);
        put16(out, at + 2, beyond ? 2 : 1);
        int f4 = 4 + (beyond ? 16 : 8);
        put16(out, at + 4, 3);
        put16(out, at + 6, 1);
        put32(out, at + 8, f4);
        int f4Length = 16 + 8 * segments;
        if (beyond) {
            put16(out, at + 12, 3);
            put16(out, at + 14, 10);
            put32(out, at + 16, f4 + f4Length);
        }
        int p = at + f4;
        put16(out, p, 4);
        put16(out, p + 2, f4Length);
        put16(out, p + 4, 0);
        put16(out, p + 6, 2 * segments);
        int selector = 31 - Integer.numberOfLeadingZeros(segments);
        put16(out, p + 8, 2 << selector);
        put16(out, p + 10, selector);
        put16(out, p + 12, 2 * segments - (2 << selector));
        int ends = p + 14;
        int startsAt = ends + 2 * segments + 2;
        int deltas = startsAt + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int s = 0;
        for (int i = 0; i < cps.length && cps[i] < 0xFFFF; i++) {
            if (i == 0 || cps[i] != cps[i - 1] + 1) {
                int j = i;
                while (j + 1 < cps.length && cps[j + 1] == cps[j] + 1 && cps[j + 1] < 0xFFFF) {
                    j++;
                }
                put16(out, ends + 2 * s, cps[j]);
                put16(out, startsAt + 2 * s, cps[i]);
                put16(out, deltas + 2 * s, (i + 1 - cps[i]) & 0xFFFF);
                put16(out, rangeOffsets + 2 * s, 0);
                s++;
            }
        }
        put16(out, ends + 2 * s, 0xFFFF);
        put16(out, startsAt + 2 * s, 0xFFFF);
        put16(out, deltas + 2 * s, 1);
        put16(out, rangeOffsets + 2 * s, 0);
        if (beyond) {
            int groups = runs(cps, Integer.MAX_VALUE);
            p += f4Length;
            put16(out, p, 12);
            put16(out, p + 2, 0);
            put32(out, p + 4, 16 + 12 * groups);
            put32(out, p + 8, 0);
            put32(out, p + 12, groups);
            int g = p + 16;
            for (int i = 0; i < cps.length; i++) {
                if (i == 0 || cps[i] != cps[i - 1] + 1) {
                    int j = i;
                    while (j + 1 < cps.length && cps[j + 1] == cps[j] + 1) {
                        j++;
                    }
                    put32(out, g, cps[i]);
                    put32(out, g + 4, cps[j]);
                    put32(out, g + 8, i + 1);
                    g += 12;
                }
            }
        }
    }

    // name: family, subfamily, full name and PostScript name, Windows Unicode English (some
    // readers look for a name table in an embedded TrueType font)
    private static byte[] nameTable(Source src) {
        String full = src.family + " " + src.subfamily;
        String[] values = {src.family, src.subfamily, full, src.postScriptName == null ? src.family : src.postScriptName};
        int[] ids = {1, 2, 4, 6};
        byte[][] strings = new byte[4][];
        int storage = 0;
        for (int i = 0; i < 4; i++) {
            strings[i] = values[i].getBytes(StandardCharsets.UTF_16BE);
            storage += strings[i].length;
        }
        int header = 6 + 12 * 4;
        byte[] t = new byte[header + storage];
        put16(t, 2, 4);
        put16(t, 4, header);
        int offset = 0;
        for (int i = 0; i < 4; i++) {
            int rec = 6 + 12 * i;
            put16(t, rec, 3);
            put16(t, rec + 2, 1);
            put16(t, rec + 4, 0x409);
            put16(t, rec + 6, ids[i]);
            put16(t, rec + 8, strings[i].length);
            put16(t, rec + 10, offset);
            System.arraycopy(strings[i], 0, t, header + offset, strings[i].length);
            offset += strings[i].length;
        }
        return t;
    }

    private static long checksum(byte[] b, int at, int length) {
        long sum = 0;
        int end = at + ((length + 3) & ~3);
        for (int i = at; i < end; i += 4) {
            sum += s32(b, i) & 0xFFFFFFFFL;
        }
        return sum & 0xFFFFFFFFL;
    }

    private static int tag(String s) {
        return s32(s.getBytes(StandardCharsets.US_ASCII), 0);
    }

    private static String tagName(int tag) {
        return new String(new byte[] {(byte) (tag >>> 24), (byte) (tag >>> 16), (byte) (tag >>> 8), (byte) tag},
                StandardCharsets.ISO_8859_1);
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    static int s16(byte[] b, int at) {
        return (short) u16(b, at);
    }

    static int s32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void put32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** A small open-addressing map of glyph ids (non-negative ints) to ints; -1 for absent. */
    private static final class IntMap {
        private int[] keys = new int[64];
        private int[] values = new int[64];
        private int size;

        IntMap() {
            Arrays.fill(keys, -1);
        }

        int get(int key) {
            int mask = keys.length - 1;
            for (int i = (key * 0x9E3779B9 >>> 16) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] < 0) {
                    return -1;
                }
            }
        }

        void putIfAbsent(int key, int value) {
            if (2 * (size + 1) > keys.length) {
                int[] k = keys;
                int[] v = values;
                keys = new int[k.length * 2];
                values = new int[k.length * 2];
                Arrays.fill(keys, -1);
                size = 0;
                for (int i = 0; i < k.length; i++) {
                    if (k[i] >= 0) {
                        putIfAbsent(k[i], v[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            for (int i = (key * 0x9E3779B9 >>> 16) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return;
                }
                if (keys[i] < 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
            }
        }
    }
}
