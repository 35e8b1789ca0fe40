package org.skillcert.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.Property;

/** The fast mask choice must give exactly ZXing's symbol: same mask, same modules. */
class MaskChoiceTest {
    private static final int[] WORD_EDGES = {63, 64, 65, 127, 128, 129, 177};
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz:/.?=&-_"
            + "陈晓明职业技能等级证书电工广州市白云工商技师学院證書堃\n";

    /** The modules as a grid, {@code [y][x]}. */
    static boolean[][] grid(MaskChoice.Modules m) {
        boolean[][] g = new boolean[m.size()][m.size()];
        for (int y = 0; y < g.length; y++) {
            for (int x = 0; x < g.length; x++) {
                g[y][x] = m.dark(x, y);
            }
        }
        return g;
    }

    private record Case(String payload, ErrorCorrectionLevel level) {
    }

    private static Case generate(Random random) {
        // short and long payloads alike: versions 1 to about 25, so version information (7+) is covered
        int length = random.nextInt(10) == 0 ? 1 + random.nextInt(600) : 1 + random.nextInt(160);
        StringBuilder s = new StringBuilder(length);
        boolean digitsOnly = random.nextInt(8) == 0;
        for (int i = 0; i < length; i++) {
            s.append(digitsOnly ? (char) ('0' + random.nextInt(10)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new Case(s.toString(), ErrorCorrectionLevel.values()[random.nextInt(4)]);
    }

    @Test
    void sameSymbolAsZxingsOwnMaskSearch() {
        // the QR code of a certificate (issue 4) must not change with the faster search
        Property.forAll("fast mask choice equals ZXing's", 2000, MaskChoiceTest::generate, c -> {
            try {
                Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
                ByteMatrix expected = Encoder.encode(c.payload(), c.level(), hints).getMatrix();
                boolean[][] actual = grid(MaskChoice.encode(c.payload(), c.level(), hints));
                assertEquals(expected.getHeight(), actual.length);
                for (int y = 0; y < actual.length; y++) {
                    boolean[] row = new boolean[expected.getWidth()];
                    for (int x = 0; x < row.length; x++) {
                        row[x] = expected.get(x, y) == 1;
                    }
                    assertArrayEquals(row, actual[y], "row " + y + " of " + c);
                }
            } catch (WriterException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void everyVersionAndLevelMatchesAtItsCapacityEdge() throws WriterException {
        // the longest and shortest digit payloads of each version exercise every template
        for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
            for (int version = 1; version <= 40; version += 5) {
                String payload = "1".repeat(version * 40 + 1);
                Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
                ByteMatrix expected;
                try {
                    expected = Encoder.encode(payload, level, hints).getMatrix();
                } catch (WriterException tooLong) {
                    continue;
                }
                boolean[][] actual = grid(MaskChoice.encode(payload, level, hints));
                for (int y = 0; y < actual.length; y++) {
                    for (int x = 0; x < actual.length; x++) {
                        assertEquals(expected.get(x, y) == 1, actual[y][x], level + " v" + version + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void ownByteModeCodewordsMatchZxingAtEveryCapacityEdge() {
        // the certificate's path (QrEncoder): for every version and level, the longest UTF-8
        // payload that fits, one byte less, and one byte more, which must be refused as ZXing refuses it
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
        Random random = new Random(7);
        int compared = 0;
        for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
            for (int v = 1; v <= 40; v++) {
                com.google.zxing.qrcode.decoder.Version version = com.google.zxing.qrcode.decoder.Version.getVersionForNumber(v);
                int dataBits = 8 * (version.getTotalCodewords() - version.getECBlocksForLevel(level).getTotalECCodewords());
                int capacity = (dataBits - 16 - (v < 10 ? 8 : 16)) / 8;
                for (int length = capacity - 1; length <= capacity + 1; length++) {
                    StringBuilder b = new StringBuilder("é"); // two bytes, and not alphanumeric: byte mode
                    while (b.length() < length - 1) {
                        b.append((char) ('a' + random.nextInt(26)));
                    }
                    String payload = b.toString();
                    ByteMatrix expected;
                    try {
                        expected = Encoder.encode(payload, level, hints).getMatrix();
                    } catch (WriterException tooLong) {
                        org.junit.jupiter.api.Assertions.assertThrows(WriterException.class,
                                () -> MaskChoice.encode(payload, level, hints), level + " v" + v + " " + length + " bytes");
                        continue;
                    }
                    boolean[][] actual;
                    try {
                        actual = grid(MaskChoice.encode(payload, level, hints));
                    } catch (WriterException e) {
                        throw new AssertionError(level + " v" + v + " " + length + " bytes", e);
                    }
                    assertEquals(expected.getWidth(), actual.length, level + " v" + v + " " + length + " bytes");
                    for (int y = 0; y < actual.length; y++) {
                        for (int x = 0; x < actual.length; x++) {
                            assertEquals(expected.get(x, y) == 1, actual[y][x], level + " v" + v + " " + length + " bytes at " + x + "," + y);
                        }
                    }
                    compared++;
                }
            }
        }
        // one byte over a version's capacity is the next version's symbol, except after version 40
        assertEquals(4 * 40 * 3 - 4, compared);
    }

    @Test
    void byteModeIsChosenAsZxingChoosesIt() {
        // QrEncoder makes byte mode only; whatever ZXing would make in another mode must go to ZXing
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:?az\u00e9\u8bc1\n";
        Property.forAll("byte mode as ZXing chooses it", 5000, random -> {
            StringBuilder s = new StringBuilder();
            boolean narrow = random.nextBoolean(); // digits and the alphanumeric set only, half the time
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(narrow ? 45 : alphabet.length())));
            }
            return s.toString();
        }, s -> assertEquals(Encoder.chooseMode(s) == com.google.zxing.qrcode.decoder.Mode.BYTE, QrEncoder.byteMode(s),
                "'" + s + "'"));
    }

    @Test
    void emptyPayloadIsZxingsSymbol() throws WriterException {
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
        for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
            ByteMatrix expected = Encoder.encode("", level, hints).getMatrix();
            boolean[][] actual = grid(MaskChoice.encode("", level, hints));
            for (int y = 0; y < actual.length; y++) {
                for (int x = 0; x < actual.length; x++) {
                    assertEquals(expected.get(x, y) == 1, actual[y][x], level + " at " + x + "," + y);
                }
            }
        }
    }

    /** A square module matrix, row-major, 1 = dark. */
    private record Matrix(int n, byte[] m) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(n + "x" + n + ":");
            for (int y = 0; y < n; y++) {
                s.append('\n');
                for (int x = 0; x < n; x++) {
                    s.append(m[y * n + x] == 1 ? '#' : '.');
                }
            }
            return s.toString();
        }
    }

    // QR sizes and sizes at the edges of a long word; plain noise, long runs, and rows seeded with
    // the 1:1:3:1:1 pattern and light margins, so that every rule scores something
    private static Matrix randomMatrix(Random random) {
        int n = random.nextInt(4) == 0 ? WORD_EDGES[random.nextInt(WORD_EDGES.length)]
                : random.nextInt(3) == 0 ? 7 + random.nextInt(194) : 21 + 4 * random.nextInt(40);
        byte[] m = new byte[n * n];
        double dark = random.nextDouble();
        double stay = random.nextDouble();
        int style = random.nextInt(3);
        for (int i = 0; i < m.length; i++) {
            boolean copy = style == 1 && i % n > 0 && random.nextDouble() < stay;
            m[i] = copy ? m[i - 1] : (byte) (random.nextDouble() < dark ? 1 : 0);
        }
        if (style == 2) {
            byte[] finder = {0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0};
            for (int k = random.nextInt(4 * n + 1); k > 0; k--) {
                int y = random.nextInt(n);
                int x = random.nextInt(n) - 4;
                boolean column = random.nextBoolean();
                for (int i = 0; i < finder.length; i++) {
                    if (x + i >= 0 && x + i < n) {
                        m[column ? (x + i) * n + y : y * n + x + i] = finder[i];
                    }
                }
            }
        }
        return new Matrix(n, m);
    }

    @Test
    void packedPenaltyEqualsModuleByModuleScoring() {
        // the mask with the lowest penalty wins: the packed scoring must give the very same numbers
        // as the byte-matrix scoring it replaced (which matched ZXing's MaskUtil)
        Property.forAll("packed mask penalty equals the byte-matrix penalty", 5000, MaskChoiceTest::randomMatrix, c -> {
            int n = c.n();
            byte[][] rows = new byte[n][];
            for (int y = 0; y < n; y++) {
                rows[y] = java.util.Arrays.copyOfRange(c.m(), y * n, (y + 1) * n);
            }
            long[] packedRows = new long[n * MaskChoice.words(n)];
            long[] packedCols = new long[packedRows.length];
            MaskChoice.pack(rows, n, packedRows, packedCols);
            assertEquals(MaskPenaltyReference.penalty(c.m(), n),
                    MaskChoice.penalty(packedRows, packedCols, new MaskChoice.Lines(n)));
        });
    }
}
