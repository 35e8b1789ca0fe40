package org.skillcert.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.font.FontLibrary;

/** Sample certificates and renderers shared by the tests, the benchmarks and the docs sample. */
public final class Samples {
    /** A fixed clock, so that metadata does not vary between runs. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final class Shared {
        static final FontLibrary FONTS = FontLibrary.bundledOnly();
        static final CertificateRenderer RENDERER = CertificateRenderer.builder().fonts(FONTS).clock(CLOCK).build();
    }

    private Samples() {
    }

    /** Bundled fonts only: the same on every machine (CI has no system fonts). */
    public static FontLibrary fonts() {
        return Shared.FONTS;
    }

    /** The default renderer over the bundled fonts. */
    public static CertificateRenderer renderer() {
        return Shared.RENDERER;
    }

    /** A renderer builder over the bundled fonts and the fixed clock. */
    public static CertificateRenderer.Builder builder() {
        return CertificateRenderer.builder().fonts(fonts()).clock(CLOCK);
    }

    /** The committed sample photo: a 2-inch portrait (JPEG, 413 x 579 px). */
    public static byte[] photoJpeg() {
        try (InputStream in = Samples.class.getResourceAsStream("sample-photo.jpg")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A typical certificate with a photo and no job (so the job reads "--"). */
    public static CertificateContent certificate() {
        return CertificateContent.builder()
                .institutionName("广州市白云工商技师学院")
                .institutionNameEnglish("Guangzhou Baiyun Industrial and Commercial Technician College")
                .issueDate(LocalDate.of(2025, 6, 30))
                .holderName("陈晓明")
                .idType("居民身份证", "Resident Identity Card")
                .idNumber("440106199003072816")
                .occupation("电工", "Electrician")
                .job(null, null)
                .level(SkillLevel.LEVEL_3)
                .certificateNumber("S000044012000253000001")
                .sheetNumber("00012345")
                .photo(Photo.of(photoJpeg()))
                .build();
    }

    // common surnames and given-name characters, all in GB 2312
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";

    /**
     * An endless stream of distinct electronic certificates as an institution issues them: the
     * sample's institution, occupation and level, each certificate with its own number, sheet and
     * holder name (a surname and one or two given-name characters, drawn from {@code seed}), so
     * that each draws its own set of characters, as real certificates do.
     *
     * @param seed where the names start (give each thread its own)
     * @return the certificates
     */
    public static java.util.Iterator<CertificateContent> distinctHolders(long seed) {
        CertificateContent template = certificate();
        java.util.Random random = new java.util.Random(seed);
        return new java.util.Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public CertificateContent next() {
                StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                int given = 1 + random.nextInt(2);
                for (int i = 0; i < given; i++) {
                    name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
                }
                String serial = String.format("%06d", next++ % 1_000_000);
                return template.toBuilder().holderName(name.toString())
                        .certificateNumber("S000044012000253" + serial).sheetNumber("00" + serial).build();
            }
        };
    }

    /** Draws a neutral portrait silhouette on white (used once to make sample-photo.jpg). */
    static byte[] drawPortrait(String format) throws IOException {
        int w = 413;
        int h = 579;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setPaint(new GradientPaint(0, 330, new Color(0x2B3A55), 0, h, new Color(0x1B263B)));
        Path2D body = new Path2D.Double();
        body.moveTo(40, h);
        body.curveTo(40, 420, 120, 370, 206, 370);
        body.curveTo(292, 370, 372, 420, 372, h);
        body.closePath();
        g.fill(body);
        g.setColor(new Color(0xF2F2F2));
        Path2D collar = new Path2D.Double();
        collar.moveTo(170, 372);
        collar.lineTo(206, 450);
        collar.lineTo(242, 372);
        collar.closePath();
        g.fill(collar);
        g.setColor(new Color(0xE8C4A8));
        g.fillRect(182, 300, 48, 80);
        g.fill(new Ellipse2D.Double(128, 120, 156, 200));
        g.setColor(new Color(0x2A2320));
        Path2D hair = new Path2D.Double();
        hair.moveTo(124, 220);
        hair.curveTo(110, 110, 190, 88, 210, 90);
        hair.curveTo(280, 92, 310, 140, 288, 222);
        hair.curveTo(270, 160, 220, 150, 170, 160);
        hair.curveTo(150, 170, 132, 190, 124, 220);
        g.fill(hair);
        g.setColor(new Color(0x3A2E2A));
        g.setStroke(new BasicStroke(4));
        g.fill(new Ellipse2D.Double(170, 210, 14, 9));
        g.fill(new Ellipse2D.Double(228, 210, 14, 9));
        g.drawArc(186, 262, 40, 16, 200, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
