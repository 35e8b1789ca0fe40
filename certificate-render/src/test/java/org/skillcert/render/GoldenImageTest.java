package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders every document type and compares it with the committed reference image, so that an
 * unintended layout change fails the build. The references were reviewed by eye. After an
 * intended change, regenerate them (then look at them before committing):
 * <pre>
 * mvn -B -o verify -pl certificate-render -am -Dtest=GoldenImageTest -Dsurefire.failIfNoSpecifiedTests=false -Dskillcert.golden.update=true
 * </pre>
 */
class GoldenImageTest {
    static final float DPI = 50;
    static final Path REFERENCES = Path.of("src/test/resources/org/skillcert/render/golden");
    /** A pixel differs when a channel differs by more than this (anti-aliasing varies slightly between JDKs). */
    static final int CHANNEL_TOLERANCE = 48;
    /** At most this share of pixels may differ. */
    static final double PIXEL_SHARE = 0.002;

    @Test
    void everyDocumentTypeMatchesItsReferenceImage() throws IOException {
        boolean update = Boolean.getBoolean("skillcert.golden.update");
        for (Map.Entry<String, byte[]> doc : SampleDocuments.all().entrySet()) {
            BufferedImage actual = Pdfs.image(doc.getValue(), DPI);
            Path reference = REFERENCES.resolve(doc.getKey() + ".png");
            if (update) {
                Files.createDirectories(REFERENCES);
                ImageIO.write(actual, "png", reference.toFile());
            }
            BufferedImage expected = ImageIO.read(reference.toFile());
            assertEquals(expected.getWidth(), actual.getWidth(), doc.getKey());
            assertEquals(expected.getHeight(), actual.getHeight(), doc.getKey());
            long differing = 0;
            for (int y = 0; y < actual.getHeight(); y++) {
                for (int x = 0; x < actual.getWidth(); x++) {
                    int a = actual.getRGB(x, y);
                    int e = expected.getRGB(x, y);
                    for (int shift = 0; shift <= 16; shift += 8) {
                        if (Math.abs(((a >> shift) & 0xff) - ((e >> shift) & 0xff)) > CHANNEL_TOLERANCE) {
                            differing++;
                            break;
                        }
                    }
                }
            }
            double share = (double) differing / (actual.getWidth() * actual.getHeight());
            if (share > PIXEL_SHARE) {
                Path diff = Path.of("target", "golden-actual-" + doc.getKey() + ".png");
                Files.createDirectories(diff.getParent());
                ImageIO.write(actual, "png", diff.toFile());
            }
            assertTrue(share <= PIXEL_SHARE, doc.getKey() + ": " + differing + " pixels differ (" + share
                    + "); actual image written to target/golden-actual-" + doc.getKey() + ".png");
        }
    }
}
