package org.skillcert.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillcert.render.QrErrorCorrection;
import org.skillcert.testing.Property;

/** The rectangles a QR code is drawn with cover exactly its dark modules, each once; finding runs in packed rows. */
class QrCodeRunsTest {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz:/.\n陈晓明职业技能";

    private static String payload(Random random) {
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 900 : 120);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void rectanglesCoverTheDarkModulesExactlyOnce() {
        Property.forAll("QR rectangles tile the dark modules", 1000, QrCodeRunsTest::payload, payload -> {
            QrCode code = QrCode.encode(payload, QrErrorCorrection.M);
            MaskChoice.Modules modules;
            try {
                modules = MaskChoice.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException e) {
                throw new AssertionError(e);
            }
            boolean[][] dark = MaskChoiceTest.grid(modules);
            int n = code.modules();
            for (int y = 0; y < n; y++) {
                for (int x = 0; x <= n; x++) {
                    assertEquals(scan(dark[y], x, true), modules.nextDark(y, x), "next dark in row " + y + " from " + x);
                    assertEquals(scan(dark[y], x, false), modules.nextLight(y, x), "next light in row " + y + " from " + x);
                }
            }
            int[][] cover = new int[n][n];
            String ops = new String(code.runs(), StandardCharsets.US_ASCII);
            for (String line : ops.split("\n")) {
                String[] f = line.split(" ");
                assertEquals(5, f.length, line);
                assertEquals("re", f[4], line);
                int x = Integer.parseInt(f[0]);
                int bottom = Integer.parseInt(f[1]);
                int w = Integer.parseInt(f[2]);
                int h = Integer.parseInt(f[3]);
                assertTrue(w > 0 && h > 0 && x + w <= n && bottom + h <= n && bottom >= 0, line);
                for (int row = n - bottom - h; row < n - bottom; row++) {
                    for (int col = x; col < x + w; col++) {
                        cover[row][col]++;
                    }
                }
            }
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    assertEquals(dark[y][x] ? 1 : 0, cover[y][x], "module " + x + "," + y);
                }
            }
        });
    }

    private static int scan(boolean[] row, int from, boolean dark) {
        int x = from;
        while (x < row.length && row[x] != dark) {
            x++;
        }
        return x;
    }
}
