package org.skillcert.render.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the QR mask pattern exactly as ZXing's encoder does (ISO/IEC 18004 penalty rules 1 to 4
 * with ZXing's weights, the lowest penalty winning, the lower pattern number on a tie) but at a
 * fraction of the cost: the symbol is encoded once, with mask 0, and the other seven candidates
 * are derived from it by flipping data modules and copying the function patterns (format and
 * version information included) from a per-version template encoded once per JVM. ZXing builds
 * and scores eight full matrices per symbol, which was a third of a print run's time.
 *
 * <p>The mask-0 symbol of a byte-mode UTF-8 payload (every certificate's) is made here too: the
 * codewords by {@link QrEncoder}, placed into the data modules in the template's placement order,
 * packed directly; ZXing's encoder (its bit arrays, byte matrix and Reed–Solomon polynomials) makes
 * only numeric and alphanumeric payloads and other hints.
 *
 * <p>Each candidate is held twice as bits packed in longs, its rows and its columns (bit
 * {@code i} of a line in word {@code i / 64}, dark = 1), so a candidate is made with a few word
 * operations per line and every rule is scored on 64 modules at once with shifts, masks and
 * {@link Long#bitCount}; nothing is transposed per candidate.
 *
 * <p>Thread-safe: the templates are immutable once published.
 */
final class MaskChoice {
    private static final int MASKS = 8;
    private static final Map<Integer, Template> TEMPLATES = new ConcurrentHashMap<>();

    private MaskChoice() {
    }

    /**
     * Returns the matrix ZXing's encoder would produce for a payload without a mask hint.
     *
     * @param payload the text
     * @param level the error correction level
     * @param hints the encoding hints (character set); must not fix the mask or version
     * @return the modules
     * @throws WriterException if the payload does not fit
     */
    static Modules encode(String payload, ErrorCorrectionLevel level, Map<EncodeHintType, Object> hints)
            throws WriterException {
        Template t;
        long[] rows;
        long[] cols;
        if (hints.size() == 1 && "UTF-8".equals(hints.get(EncodeHintType.CHARACTER_SET)) && QrEncoder.byteMode(payload)) {
            // the certificate's case: codewords of our own, placed by the version's template
            byte[] bytes = QrEncoder.utf8(payload);
            Version version = QrEncoder.version(bytes.length, level);
            t = template(version, level);
            int n = version.getDimensionForVersion();
            rows = new long[n * words(n)];
            cols = new long[rows.length];
            t.placeMask0(QrEncoder.codewords(bytes, version, level), rows, cols);
        } else {
            Map<EncodeHintType, Object> withMask0 = new java.util.EnumMap<>(EncodeHintType.class);
            withMask0.putAll(hints);
            withMask0.put(EncodeHintType.QR_MASK_PATTERN, 0);
            com.google.zxing.qrcode.encoder.QRCode code = Encoder.encode(payload, level, withMask0);
            ByteMatrix m0 = code.getMatrix();
            t = template(code.getVersion(), level);
            rows = new long[m0.getWidth() * words(m0.getWidth())];
            cols = new long[rows.length];
            pack(m0.getArray(), m0.getWidth(), rows, cols);
        }
        int n = t.n;
        Lines scratch = new Lines(n);
        long[] candidateRows = new long[rows.length];
        long[] candidateCols = new long[cols.length];
        int best = 0;
        int minPenalty = Integer.MAX_VALUE;
        for (int k = 0; k < MASKS; k++) {
            t.apply(k, rows, cols, candidateRows, candidateCols);
            int penalty = penalty(candidateRows, candidateCols, scratch);
            if (penalty < minPenalty) {
                minPenalty = penalty;
                best = k;
            }
        }
        t.apply(best, rows, cols, candidateRows, candidateCols);
        return new Modules(n, candidateRows);
    }

    /**
     * A symbol's modules, rows packed in longs as the candidates are (bit {@code x} of row
     * {@code y} in word {@code y * words + x / 64}, dark = 1). Immutable once made.
     */
    static final class Modules {
        private final int size;
        private final int words;
        private final long[] rows;

        Modules(int size, long[] rows) {
            this.size = size;
            this.words = words(size);
            this.rows = rows;
        }

        /** Modules on a side. */
        int size() {
            return size;
        }

        /** Whether the module at column x, row y (from the top) is dark. */
        boolean dark(int x, int y) {
            return (rows[y * words + (x >>> 6)] >>> x & 1) != 0;
        }

        /** The first dark module of row y at or after column x, or the size if none. */
        int nextDark(int y, int x) {
            return next(y, x, 0);
        }

        /** The first light module of row y at or after column x, or the size if none. */
        int nextLight(int y, int x) {
            return next(y, x, -1L);
        }

        // flip = 0 finds set bits, -1 clear ones
        private int next(int y, int x, long flip) {
            if (x >= size) {
                return size;
            }
            int j = x >>> 6;
            long word = (rows[y * words + j] ^ flip) & (-1L << x);
            while (word == 0) {
                if (++j == words) {
                    return size;
                }
                word = rows[y * words + j] ^ flip;
            }
            return Math.min(size, (j << 6) + Long.numberOfTrailingZeros(word));
        }
    }

    /** Longs per packed line of {@code n} modules. */
    static int words(int n) {
        return (n + 63) >>> 6;
    }

    /** Packs a module matrix (1 = dark, {@code m[y][x]}) as rows and as columns. */
    static void pack(byte[][] m, int n, long[] rows, long[] cols) {
        int w = words(n);
        for (int y = 0; y < n; y++) {
            byte[] row = m[y];
            for (int x = 0; x < n; x++) {
                if (row[x] == 1) {
                    rows[y * w + (x >>> 6)] |= 1L << x;
                    cols[x * w + (y >>> 6)] |= 1L << y;
                }
            }
        }
    }

    private static Template template(Version version, ErrorCorrectionLevel level) throws WriterException {
        int key = version.getVersionNumber() * 4 + level.ordinal();
        Template t = TEMPLATES.get(key);
        if (t == null) {
            t = Template.of(version, level);
            TEMPLATES.putIfAbsent(key, t);
        }
        return t;
    }

    /**
     * For one version and level, rows and columns packed: which modules carry data (1) and which
     * are function patterns (0); and per mask, what to XOR the data modules of a mask-0 symbol with
     * (the difference of the two masks) or, for function modules, their value under that mask.
     */
    private static final class Template {
        final int n;
        final long[] dataRows;
        final long[] dataCols;
        final long[][] constantRows;
        final long[][] constantCols;
        /** The data modules in the order codeword bits fill them, each {@code y << 8 | x}. */
        final int[] order;

        private Template(int n, long[] dataRows, long[] dataCols, long[][] constantRows, long[][] constantCols,
                int[] order) {
            this.n = n;
            this.dataRows = dataRows;
            this.dataCols = dataCols;
            this.constantRows = constantRows;
            this.constantCols = constantCols;
            this.order = order;
        }

        static Template of(Version version, ErrorCorrectionLevel level) throws WriterException {
            int n = version.getDimensionForVersion();
            int w = words(n);
            boolean[] function = functionPatterns(version);
            byte[][] data = new byte[n][n];
            long[] dataRows = new long[n * w];
            long[] dataCols = new long[n * w];
            long[][] constantRows = new long[MASKS][n * w];
            long[][] constantCols = new long[MASKS][n * w];
            for (int k = 0; k < MASKS; k++) {
                ByteMatrix m = Encoder.encode("", level, Map.of(EncodeHintType.QR_VERSION, version.getVersionNumber(),
                        EncodeHintType.QR_MASK_PATTERN, k)).getMatrix();
                byte[][] constant = new byte[n][n];
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        if (function[y * n + x]) {
                            constant[y][x] = m.get(x, y);
                        } else {
                            data[y][x] = 1;
                            constant[y][x] = (byte) (maskBit(0, x, y) ^ maskBit(k, x, y));
                        }
                    }
                }
                pack(constant, n, constantRows[k], constantCols[k]);
            }
            pack(data, n, dataRows, dataCols);
            return new Template(n, dataRows, dataCols, constantRows, constantCols, placement(function, n));
        }

        // ISO/IEC 18004 7.7.3: two-module columns from the right, upwards then downwards in turn,
        // the vertical timing column skipped, function modules passed over
        private static int[] placement(boolean[] function, int n) {
            int count = 0;
            for (boolean f : function) {
                count += f ? 0 : 1;
            }
            int[] order = new int[count];
            int k = 0;
            int direction = -1;
            int y = n - 1;
            for (int x = n - 1; x > 0; x -= 2) {
                if (x == 6) {
                    x--;
                }
                for (; y >= 0 && y < n; y += direction) {
                    for (int xx = x; xx > x - 2; xx--) {
                        if (!function[y * n + xx]) {
                            order[k++] = y << 8 | xx;
                        }
                    }
                }
                direction = -direction;
                y += direction;
            }
            return order;
        }

        /**
         * Fills the data modules with the codewords' bits (most significant first; the remainder
         * bits after the last codeword are 0) under mask 0, rows and columns packed; function
         * modules stay 0 ({@link #apply} takes them from the constants).
         */
        void placeMask0(byte[] codewords, long[] rows, long[] cols) {
            int w = words(n);
            int bits = codewords.length * 8;
            for (int k = 0; k < order.length; k++) {
                int x = order[k] & 0xFF;
                int y = order[k] >>> 8;
                int bit = k < bits ? codewords[k >>> 3] >>> (7 - (k & 7)) & 1 : 0;
                if ((bit ^ ((x + y) & 1)) == 0) { // mask 0 inverts where x + y is even
                    rows[y * w + (x >>> 6)] |= 1L << x;
                    cols[x * w + (y >>> 6)] |= 1L << y;
                }
            }
        }

        /** The candidate for mask {@code k} from the packed mask-0 symbol. */
        void apply(int k, long[] rows, long[] cols, long[] outRows, long[] outCols) {
            long[] cr = constantRows[k];
            long[] cc = constantCols[k];
            for (int i = 0; i < rows.length; i++) {
                outRows[i] = (rows[i] & dataRows[i]) ^ cr[i];
                outCols[i] = (cols[i] & dataCols[i]) ^ cc[i];
            }
        }
    }

    // finder patterns with separators and format information, timing patterns, alignment
    // patterns, version information (ISO/IEC 18004 6.3); x is the column, y the row
    static boolean[] functionPatterns(Version version) {
        int n = version.getDimensionForVersion();
        boolean[] f = new boolean[n * n];
        region(f, n, 0, 0, 9, 9);
        region(f, n, n - 8, 0, 8, 9);
        region(f, n, 0, n - 8, 9, 8);
        int[] centres = version.getAlignmentPatternCenters();
        int last = centres.length - 1;
        for (int i = 0; i < centres.length; i++) {
            for (int j = 0; j < centres.length; j++) {
                boolean finder = i == 0 && (j == 0 || j == last) || i == last && j == 0;
                if (!finder) {
                    region(f, n, centres[j] - 2, centres[i] - 2, 5, 5);
                }
            }
        }
        region(f, n, 6, 9, 1, n - 17);
        region(f, n, 9, 6, n - 17, 1);
        if (version.getVersionNumber() > 6) {
            region(f, n, n - 11, 0, 3, 6);
            region(f, n, 0, n - 11, 6, 3);
        }
        return f;
    }

    private static void region(boolean[] f, int n, int left, int top, int width, int height) {
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                f[y * n + x] = true;
            }
        }
    }

    // 1 where mask pattern k inverts the module at column x, row y (ISO/IEC 18004 table 10)
    static int maskBit(int k, int x, int y) {
        int v;
        switch (k) {
            case 0: v = (y + x) & 1; break;
            case 1: v = y & 1; break;
            case 2: v = x % 3; break;
            case 3: v = (y + x) % 3; break;
            case 4: v = ((y / 2) + (x / 3)) & 1; break;
            case 5: v = ((y * x) & 1) + ((y * x) % 3); break;
            case 6: v = (((y * x) & 1) + ((y * x) % 3)) & 1; break;
            default: v = (((y * x) % 3) + ((y + x) & 1)) & 1; break;
        }
        return v == 0 ? 1 : 0;
    }

    /** Scratch space for scoring the lines of one symbol size; one per {@link #encode} call. */
    static final class Lines {
        final int n;
        final int w;
        /** Per word: the bits of positions below n, and below n - 1. */
        final long[] valid;
        final long[] validPairs;
        /** Per row, bit x: module x equals module x + 1 (kept for rule 2). */
        final long[] rowPairs;
        final long[] pairs;
        final long[] light;
        final long[] run5;
        final long[] light4;

        Lines(int n) {
            this.n = n;
            this.w = words(n);
            valid = new long[w];
            validPairs = new long[w];
            for (int i = 0; i < n; i++) {
                valid[i >>> 6] |= 1L << i;
                if (i < n - 1) {
                    validPairs[i >>> 6] |= 1L << i;
                }
            }
            rowPairs = new long[n * w];
            pairs = new long[w];
            light = new long[w];
            run5 = new long[w];
            light4 = new long[w];
        }
    }

    // ZXing's MaskUtil rules: 1 (runs of five or more, 3 + excess), 2 (2x2 blocks, 3 each),
    // 3 (1:1:3:1:1 finder-like runs with four light modules on one side, 40 each),
    // 4 (dark share away from half, 10 per 5 %); rows and columns alike
    static int penalty(long[] rows, long[] cols, Lines s) {
        int n = s.n;
        int w = s.w;
        int dark = 0;
        for (long r : rows) {
            dark += Long.bitCount(r);
        }
        int lines = 0;
        for (int y = 0; y < n; y++) {
            lines += line(rows, y * w, s);
            System.arraycopy(s.pairs, 0, s.rowPairs, y * w, w);
        }
        for (int x = 0; x < n; x++) {
            lines += line(cols, x * w, s);
        }
        // rule 2: a 2x2 block is a module equal to its right neighbour in its row and in the next
        // row, and equal to the module below it
        int blocks = 0;
        for (int y = 0; y + 1 < n; y++) {
            int a = y * w;
            int b = a + w;
            for (int j = 0; j < w; j++) {
                blocks += Long.bitCount(s.rowPairs[a + j] & s.rowPairs[b + j] & ~(rows[a + j] ^ rows[b + j])
                        & s.validPairs[j]);
            }
        }
        int total = n * n;
        return lines + 3 * blocks + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    // rules 1 and 3 for one line (a row or a column) at m[off .. off + w); leaves the line's
    // equal-neighbour bits in s.pairs
    private static int line(long[] m, int off, Lines s) {
        int w = s.w;
        long[] pairs = s.pairs;
        long[] light = s.light;
        for (int j = 0; j < w; j++) {
            long b = m[off + j];
            pairs[j] = ~(b ^ shiftDown(m, off, w, j, 1)) & s.validPairs[j];
            light[j] = ~b & s.valid[j];
        }
        long[] run5 = s.run5;
        long[] light4 = s.light4;
        for (int j = 0; j < w; j++) {
            // five equal modules from bit i on: four equal neighbour pairs in a row
            run5[j] = pairs[j] & shiftDown(pairs, 0, w, j, 1) & shiftDown(pairs, 0, w, j, 2)
                    & shiftDown(pairs, 0, w, j, 3);
            light4[j] = light[j] & shiftDown(light, 0, w, j, 1) & shiftDown(light, 0, w, j, 2)
                    & shiftDown(light, 0, w, j, 3);
        }
        int penalty = 0;
        for (int j = 0; j < w; j++) {
            // a run of length L has L - 4 five-module windows, the first of them starting the run:
            // 1 per window plus 2 per run is 3 + (L - 5)
            long r = run5[j];
            penalty += Long.bitCount(r) + 2 * Long.bitCount(r & ~shiftUp(run5, 0, j, 1));
            // dark, light, dark, dark, dark, light, dark from bit i on
            long finder = m[off + j] & shiftDown(light, 0, w, j, 1) & shiftDown(m, off, w, j, 2)
                    & shiftDown(m, off, w, j, 3) & shiftDown(m, off, w, j, 4) & shiftDown(light, 0, w, j, 5)
                    & shiftDown(m, off, w, j, 6);
            // four light modules just before (bits i - 4 .. i - 1) or just after (i + 7 .. i + 10)
            finder &= shiftUp(light4, 0, j, 4) | shiftDown(light4, 0, w, j, 7);
            penalty += 40 * Long.bitCount(finder);
        }
        return penalty;
    }

    // word j of the line at a[off .. off + w) moved k < 64 positions down: bit i is bit i + k
    private static long shiftDown(long[] a, int off, int w, int j, int k) {
        long v = a[off + j] >>> k;
        return j + 1 < w ? v | a[off + j + 1] << (64 - k) : v;
    }

    // word j moved k < 64 positions up: bit i is bit i - k (0 below the line's start)
    private static long shiftUp(long[] a, int off, int j, int k) {
        long v = a[off + j] << k;
        return j > 0 ? v | a[off + j - 1] >>> (64 - k) : v;
    }
}
