package org.skillcert.render.internal;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;

/**
 * The codewords of a QR symbol in byte mode with a UTF-8 ECI header, made the way ZXing's encoder
 * makes them for a {@code CHARACTER_SET=UTF-8} hint (ISO/IEC 18004: ECI 26, mode 0100, count,
 * bytes, terminator, padding 0xEC/0x11; Reed–Solomon over GF(256) with the polynomial 0x11D and
 * generator base 0; data then error correction interleaved by block), but with a handful of
 * arrays instead of ZXing's bit arrays and per-block polynomial objects: ZXing's Reed–Solomon was
 * about a quarter of what a certificate allocated (issue 14), and its encoder does not let a
 * caller supply its own. The version tables are ZXing's ({@link Version}), so the two agree on
 * capacity by construction; {@code MaskChoiceTest} holds the symbols equal.
 *
 * <p>Stateless and thread-safe; the field tables are built once.
 */
final class QrEncoder {
    // GF(256) with x^8 + x^4 + x^3 + x^2 + 1; EXP doubled so that a sum of two logarithms needs no modulo
    private static final int[] EXP = new int[512];
    private static final int[] LOG = new int[256];
    /** The most error correction codewords per block any version and level uses. */
    private static final int MAX_EC_PER_BLOCK = 30;
    /** Per degree n: the logarithms of the generator's coefficients of x^(n-1) down to x^0. */
    private static final int[][] GENERATOR_LOGS = new int[MAX_EC_PER_BLOCK + 1][];
    private static final int ECI_UTF8 = 26;
    // ECI mode + ECI designator (8 bits below 128) + byte mode
    private static final int HEADER_BITS = 4 + 8 + 4;
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    static {
        int x = 1;
        for (int i = 0; i < 255; i++) {
            EXP[i] = x;
            EXP[i + 255] = x;
            LOG[x] = i;
            x <<= 1;
            if (x >= 256) {
                x ^= 0x11D;
            }
        }
        EXP[510] = EXP[0];
        EXP[511] = EXP[1];
        // g(x) = (x - a^0)(x - a^1)...(x - a^(n-1)), coefficients highest degree first
        int[] g = {1};
        for (int n = 1; n <= MAX_EC_PER_BLOCK; n++) {
            int[] next = new int[n + 1];
            for (int i = 0; i < g.length; i++) {
                next[i] ^= g[i];
                next[i + 1] ^= multiply(g[i], EXP[n - 1]);
            }
            g = next;
            int[] logs = new int[n];
            for (int i = 0; i < n; i++) {
                if (g[i + 1] == 0) {
                    throw new AssertionError("QR generator of degree " + n + " has a zero coefficient");
                }
                logs[i] = LOG[g[i + 1]];
            }
            GENERATOR_LOGS[n] = logs;
        }
    }

    private QrEncoder() {
    }

    private static int multiply(int a, int b) {
        return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
    }

    /**
     * Whether ZXing would encode a text in byte mode: it contains a character that is neither a
     * digit nor in the alphanumeric set, or it is empty. Otherwise ZXing picks numeric or
     * alphanumeric mode, which this class does not make.
     *
     * @param content the text
     * @return true for byte mode
     */
    static boolean byteMode(String content) {
        for (int i = 0; i < content.length(); i++) {
            if (ALPHANUMERIC.indexOf(content.charAt(i)) < 0) {
                return true;
            }
        }
        return content.isEmpty();
    }

    /**
     * The UTF-8 bytes of a text, as the symbol carries them.
     *
     * @param content the text
     * @return the bytes (an unpaired surrogate becomes '?', as in ZXing)
     */
    static byte[] utf8(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The smallest version that holds the bytes at a level, chosen as ZXing chooses it: with the
     * count field's width of version 1 first, then with that of the version this gives.
     *
     * @param byteCount the payload's UTF-8 length
     * @param level the error correction level
     * @return the version
     * @throws WriterException if no version holds them
     */
    static Version version(int byteCount, ErrorCorrectionLevel level) throws WriterException {
        Version provisional = smallest(bits(byteCount, Version.getVersionForNumber(1)), level);
        // byte mode's count is 8 bits up to version 9 and 16 from 10: the version found with the
        // provisional version's width has that width too, so the bits fit it
        return smallest(bits(byteCount, provisional), level);
    }

    private static int bits(int byteCount, Version version) {
        return HEADER_BITS + Mode.BYTE.getCharacterCountBits(version) + 8 * byteCount;
    }

    private static Version smallest(int bits, ErrorCorrectionLevel level) throws WriterException {
        for (int v = 1; v <= 40; v++) {
            Version version = Version.getVersionForNumber(v);
            if (dataCodewords(version, level) >= (bits + 7) / 8) {
                return version;
            }
        }
        throw new WriterException("Data too big");
    }

    private static int dataCodewords(Version version, ErrorCorrectionLevel level) {
        return version.getTotalCodewords() - version.getECBlocksForLevel(level).getTotalECCodewords();
    }

    /**
     * All codewords of the symbol in the order they are placed: the data codewords interleaved by
     * block, then the error correction codewords interleaved by block.
     *
     * @param bytes the payload's UTF-8 bytes
     * @param version a version that holds them ({@link #version})
     * @param level the error correction level
     * @return the version's total codewords, each 0–255
     */
    static byte[] codewords(byte[] bytes, Version version, ErrorCorrectionLevel level) {
        int total = version.getTotalCodewords();
        Version.ECBlocks ecBlocks = version.getECBlocksForLevel(level);
        int dataTotal = total - ecBlocks.getTotalECCodewords();
        byte[] data = new byte[dataTotal];
        int at = writeData(bytes, version, data);
        if (at < dataTotal) {
            at++; // the terminator's four zero bits and four more to the byte's end: a zero byte
        }
        for (int i = at, k = 0; i < dataTotal; i++, k++) {
            data[i] = (byte) ((k & 1) == 0 ? 0xEC : 0x11);
        }
        // blocks: the first ones one data codeword shorter when the codewords do not divide evenly
        int blocks = ecBlocks.getNumBlocks();
        int longBlocks = total % blocks;
        int shortBlocks = blocks - longBlocks;
        int shortData = dataTotal / blocks;
        int ecPerBlock = total / blocks - shortData;
        byte[] out = new byte[total];
        int[] ec = new int[ecPerBlock];
        int start = 0;
        for (int b = 0; b < blocks; b++) {
            int length = b < shortBlocks ? shortData : shortData + 1;
            remainder(data, start, length, ec);
            // data codeword i of block b: after i codewords of every block, and b of the row i
            for (int i = 0; i < length; i++) {
                int position = i < shortData ? i * blocks + b : shortData * blocks + (b - shortBlocks);
                out[position] = data[start + i];
            }
            for (int i = 0; i < ecPerBlock; i++) {
                out[dataTotal + i * blocks + b] = (byte) ec[i];
            }
            start += length;
        }
        return out;
    }

    // ECI 26, byte mode, the count and the bytes, which end on a byte boundary; returns the number
    // of codewords written
    private static int writeData(byte[] bytes, Version version, byte[] data) {
        int countBits = Mode.BYTE.getCharacterCountBits(version);
        long acc = (long) Mode.ECI.getBits() << 8 | ECI_UTF8;
        acc = acc << 4 | Mode.BYTE.getBits();
        acc = acc << countBits | bytes.length;
        int pending = HEADER_BITS + countBits; // 24 or 32 bits
        int at = 0;
        while (pending >= 8) {
            pending -= 8;
            data[at++] = (byte) (acc >>> pending);
        }
        // pending is 0 here: 16 header bits plus 8 or 16 count bits
        for (byte b : bytes) {
            data[at++] = b;
        }
        return at;
    }

    // the error correction codewords of one block: the remainder of data(x) x^n by the generator,
    // by the shift-register division, into ec[0..n) (highest degree first)
    private static void remainder(byte[] data, int start, int length, int[] ec) {
        int n = ec.length;
        int[] g = GENERATOR_LOGS[n];
        java.util.Arrays.fill(ec, 0);
        for (int i = 0; i < length; i++) {
            int factor = (data[start + i] & 0xFF) ^ ec[0];
            System.arraycopy(ec, 1, ec, 0, n - 1);
            ec[n - 1] = 0;
            if (factor != 0) {
                int logFactor = LOG[factor];
                for (int j = 0; j < n; j++) {
                    ec[j] ^= EXP[g[j] + logFactor];
                }
            }
        }
    }
}
