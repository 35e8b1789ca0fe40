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
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz:/.?=&-_"
            + "陈晓明职业技能等级证书电工广州市白云工商技师学院證書堃";

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
                boolean[][] actual = MaskChoice.encode(c.payload(), c.level(), hints);
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
                boolean[][] actual = MaskChoice.encode(payload, level, hints);
                for (int y = 0; y < actual.length; y++) {
                    for (int x = 0; x < actual.length; x++) {
                        assertEquals(expected.get(x, y) == 1, actual[y][x], level + " v" + version + " at " + x + "," + y);
                    }
                }
            }
        }
    }
}
