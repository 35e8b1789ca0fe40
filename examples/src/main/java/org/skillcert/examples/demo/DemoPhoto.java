package org.skillcert.examples.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws stand-in ID photos: a head-and-shoulders silhouette on a white background (R-CERT-8), in
 * the 2-inch aspect ratio 35:49, as JPEG or PNG. No photo of a real person is used anywhere.
 *
 * <p>Drawing is deterministic: the same index gives the same pixels and the same bytes on the same
 * Java runtime. Colours (clothing, hair, skin) vary with the index so that pages are told apart.
 */
public final class DemoPhoto {

    /** Width in pixels (35 mm at about 190 dpi). */
    public static final int WIDTH = 260;

    /** Height in pixels (49 mm at the same resolution). */
    public static final int HEIGHT = 364;

    private static final Color[] CLOTHES = {
        new Color(0x1F3A5F), new Color(0x3B3B3B), new Color(0x5A1E2B), new Color(0x2F4F3A), new Color(0x44506A),
    };
    private static final Color[] HAIR = {new Color(0x1B1B1B), new Color(0x2B2118), new Color(0x3A2A1E)};
    private static final Color[] SKIN = {new Color(0xE9C7A8), new Color(0xDDB592), new Color(0xF0D2B6)};

    private DemoPhoto() {
    }

    /**
     * Draws the photo for a candidate.
     *
     * @param index the candidate's index, 0 or more
     * @return an RGB image of {@value #WIDTH} × {@value #HEIGHT} pixels
     */
    public static BufferedImage image(int index) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color skin = SKIN[index % SKIN.length];
            double cx = WIDTH / 2.0;

            Path2D shoulders = new Path2D.Double();
            shoulders.moveTo(0, HEIGHT);
            shoulders.lineTo(0, 300);
            shoulders.curveTo(10, 262, 60, 250, cx - 34, 240);
            shoulders.lineTo(cx + 34, 240);
            shoulders.curveTo(WIDTH - 60, 250, WIDTH - 10, 262, WIDTH, 300);
            shoulders.lineTo(WIDTH, HEIGHT);
            shoulders.closePath();
            g.setColor(CLOTHES[index % CLOTHES.length]);
            g.fill(shoulders);

            // neck and collar: a shirt V under the chin
            g.setColor(skin);
            g.fillRect((int) cx - 22, 190, 44, 56);
            Path2D collar = new Path2D.Double();
            collar.moveTo(cx - 34, 240);
            collar.lineTo(cx, 286);
            collar.lineTo(cx + 34, 240);
            collar.closePath();
            g.setColor(Color.WHITE);
            g.fill(collar);
            g.setColor(skin);
            Path2D throat = new Path2D.Double();
            throat.moveTo(cx - 22, 240);
            throat.lineTo(cx, 268);
            throat.lineTo(cx + 22, 240);
            throat.closePath();
            g.fill(throat);

            // hair behind the face: short, or long (to the shoulders) for every second index
            g.setColor(HAIR[index % HAIR.length]);
            if (index % 2 == 1) {
                g.fill(new java.awt.geom.RoundRectangle2D.Double(cx - 66, 60, 132, 190, 110, 90));
            }
            g.fill(new Ellipse2D.Double(cx - 62, 56, 124, 136));
            Ellipse2D head = new Ellipse2D.Double(cx - 54, 82, 108, 134);
            g.setColor(skin);
            g.fill(head);
            g.setColor(skin.darker());
            g.setStroke(new BasicStroke(1.5f));
            g.draw(head);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Returns the photo encoded as JPEG.
     *
     * @param index the candidate's index, 0 or more
     * @return the JPEG bytes
     */
    public static byte[] jpeg(int index) {
        return encode(image(index), "jpg");
    }

    /**
     * Returns the photo encoded as PNG.
     *
     * @param index the candidate's index, 0 or more
     * @return the PNG bytes
     */
    public static byte[] png(int index) {
        return encode(image(index), "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
