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
     * @return dark modules, row by row
     * @throws WriterException if the payload does not fit
     */
    static boolean[][] encode(String payload, ErrorCorrectionLevel level, Map<EncodeHintType, Object> hints)
            throws WriterException {
        Map<EncodeHintType, Object> withMask0 = new java.util.EnumMap<>(EncodeHintType.class);
        withMask0.putAll(hints);
        withMask0.put(EncodeHintType.QR_MASK_PATTERN, 0);
        com.google.zxing.qrcode.encoder.QRCode code = Encoder.encode(payload, level, withMask0);
        ByteMatrix m0 = code.getMatrix();
        int n = m0.getWidth();
        Template t = template(code.getVersion(), level);
        byte[] base = new byte[n * n];
        byte[][] rows = m0.getArray();
        for (int y = 0; y < n; y++) {
            System.arraycopy(rows[y], 0, base, y * n, n);
        }
        byte[] candidate = new byte[n * n];
        byte[] transposed = new byte[n * n];
        byte[] best = null;
        int minPenalty = Integer.MAX_VALUE;
        for (int k = 0; k < MASKS; k++) {
            byte[] c = t.constant[k];
            for (int i = 0; i < candidate.length; i++) {
                candidate[i] = (byte) ((base[i] & t.data[i]) ^ c[i]);
            }
            int penalty = penalty(candidate, transposed, n);
            if (penalty < minPenalty) {
                minPenalty = penalty;
                best = candidate.clone();
            }
        }
        boolean[][] dark = new boolean[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                dark[y][x] = best[y * n + x] == 1;
            }
        }
        return dark;
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
     * For one version and level: which modules carry data (1) and which are function patterns
     * (0); and per mask, what to XOR the data modules of a mask-0 symbol with (the difference of
     * the two masks) or, for function modules, their value under that mask.
     */
    private static final class Template {
        final byte[] data;
        final byte[][] constant;

        private Template(byte[] data, byte[][] constant) {
            this.data = data;
            this.constant = constant;
        }

        static Template of(Version version, ErrorCorrectionLevel level) throws WriterException {
            int n = version.getDimensionForVersion();
            boolean[] function = functionPatterns(version);
            byte[] data = new byte[n * n];
            byte[][] constant = new byte[MASKS][n * n];
            for (int k = 0; k < MASKS; k++) {
                ByteMatrix m = Encoder.encode("", level, Map.of(EncodeHintType.QR_VERSION, version.getVersionNumber(),
                        EncodeHintType.QR_MASK_PATTERN, k)).getMatrix();
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        int i = y * n + x;
                        if (function[i]) {
                            constant[k][i] = m.get(x, y);
                        } else {
                            data[i] = 1;
                            constant[k][i] = (byte) (maskBit(0, x, y) ^ maskBit(k, x, y));
                        }
                    }
                }
            }
            return new Template(data, constant);
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

    // ZXing's MaskUtil rules: 1 (runs of five or more, 3 + excess), 2 (2x2 blocks, 3 each),
    // 3 (1:1:3:1:1 finder-like runs with four light modules on one side, 40 each),
    // 4 (dark share away from half, 10 per 5 %); rows and columns alike, so the columns are
    // scored as the rows of the transposed matrix
    static int penalty(byte[] m, byte[] t, int n) {
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                t[x * n + y] = m[y * n + x];
            }
        }
        int dark = 0;
        for (byte b : m) {
            dark += b;
        }
        int blocks = 0;
        for (int y = 0; y < n - 1; y++) {
            int r = y * n;
            for (int x = 0; x < n - 1; x++) {
                byte v = m[r + x];
                if (v == m[r + x + 1] && v == m[r + n + x] && v == m[r + n + x + 1]) {
                    blocks++;
                }
            }
        }
        int total = n * n;
        return runs(m, n) + runs(t, n) + 3 * blocks + 40 * (finderLike(m, n) + finderLike(t, n))
                + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    private static int runs(byte[] m, int n) {
        // counted module by module without branching on the (random) data: the fifth module of a
        // run adds 3, every further one 1, so a run of length L >= 5 adds 3 + (L - 5)
        int penalty = 0;
        for (int y = 0; y < n; y++) {
            int r = y * n;
            int prev = m[r];
            int same = 1;
            for (int x = 1; x < n; x++) {
                int bit = m[r + x];
                same = same * (1 ^ bit ^ prev) + 1;
                penalty += (same >= 5 ? 1 : 0) + (same == 5 ? 2 : 0);
                prev = bit;
            }
        }
        return penalty;
    }

    private static int finderLike(byte[] m, int n) {
        int count = 0;
        for (int y = 0; y < n; y++) {
            int r = y * n;
            // the last seven modules as bits, the oldest highest: one compare finds dark-light-dark x3-light-dark
            int window = 0;
            for (int x = 0; x < 6; x++) {
                window = window << 1 | m[r + x];
            }
            for (int x = 0; x + 6 < n; x++) {
                window = (window << 1 | m[r + x + 6]) & 0x7F;
                if (window == 0b1011101 && (light(m, r, x - 4, x, n) || light(m, r, x + 7, x + 11, n))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean light(byte[] m, int row, int from, int to, int n) {
        if (from < 0 || to > n) {
            return false;
        }
        for (int x = from; x < to; x++) {
            if (m[row + x] == 1) {
                return false;
            }
        }
        return true;
    }
}
