package org.skillcert.render.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import javax.annotation.Nullable;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.skillcert.render.Calibration;
import org.skillcert.render.layout.Box;

/**
 * One page being drawn, in layout millimetres (origin top-left, y down), optionally under a
 * printer calibration. Not thread-safe.
 *
 * <p>The page's operators are written uncompressed and compressed once, when the canvas is
 * closed, by a pooled Deflater ({@link Flate}; PDFBox makes and ends a native one per stream) at the fastest level,
 * since a print run compresses a page per certificate (a page's few kilobytes of operators come
 * out about a fifth larger than at the default level, at half the time). What is made once and
 * copied into every document ({@link FrozenCos}) is compressed again at the best level.
 */
public final class PageCanvas implements Closeable {
    public static final double PT = FittedText.PT_PER_MM;
    // PDFBox's page constructor writes numbers with five decimals, its appearance-stream constructor
    // (used to give it our array) with four: set five, so that the operators do not change with the
    // route (the method is protected, hence reflection; without it, the page constructor is used)
    @Nullable
    private static final Method FIVE_DIGITS = fiveDigitsMethod();

    public final PDDocument doc;
    public final DocumentResources resources;
    public final PDPageContentStream cs;
    public final PDPage page;
    private final float pageHeight;
    @Nullable
    private final ByteSink operators;

    public PageCanvas(PDDocument doc, DocumentResources resources, double widthMm, double heightMm, Calibration calibration)
            throws IOException {
        this(doc, resources, widthMm, heightMm, calibration, FIVE_DIGITS != null);
    }

    // direct: the operators go into an array of ours while drawing; otherwise (PDFBox without the
    // method below) into a stream of the document, read back on close
    PageCanvas(PDDocument doc, DocumentResources resources, double widthMm, double heightMm, Calibration calibration,
            boolean direct) throws IOException {
        this.doc = doc;
        this.resources = resources;
        this.page = new PDPage(new PDRectangle((float) (widthMm * PT), (float) (heightMm * PT)));
        doc.addPage(page);
        this.pageHeight = page.getMediaBox().getHeight();
        if (direct) {
            // the page's own resources take the fonts and images, as with PDFBox's page constructor
            PDResources pageResources = new PDResources();
            page.setResources(pageResources);
            PDAppearanceStream target = new PDAppearanceStream(new COSStream());
            target.setResources(pageResources);
            this.operators = new ByteSink(16 * 1024);
            this.cs = new PDPageContentStream(doc, target, operators);
            fiveDigits(cs);
        } else {
            this.operators = null;
            this.cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false);
        }
        if (!calibration.equals(Calibration.NONE)) {
            // layout (x, y) lands at (x * s + dx, y * s + dy) mm from the sheet's top-left corner
            float s = (float) calibration.scale();
            cs.transform(new Matrix(s, 0, 0, s, (float) (calibration.dx() * PT),
                    (float) (pageHeight * (1 - s) - calibration.dy() * PT)));
        }
    }

    @Nullable
    private static Method fiveDigitsMethod() {
        try {
            // declared by its superclass, PDFBox's package-private PDAbstractContentStream
            Method m = PDPageContentStream.class.getSuperclass().getDeclaredMethod("setMaximumFractionDigits", int.class);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void fiveDigits(PDPageContentStream cs) throws IOException {
        try {
            FIVE_DIGITS.invoke(cs, 5);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot set the operators' precision", e);
        }
    }

    public float x(double mm) {
        return (float) (mm * PT);
    }

    public float y(double mmFromTop) {
        return (float) (pageHeight - mmFromTop * PT);
    }

    public void color(int rgb) throws IOException {
        cs.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    public void strokeColor(int rgb) throws IOException {
        cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    public void text(FittedText t) throws IOException {
        text(t, false);
    }

    /**
     * Draws a fitted text.
     *
     * @param t the text
     * @param fixed true for a renderer's fixed wording: drawn with its template fonts
     */
    public void text(FittedText t, boolean fixed) throws IOException {
        if (t.lines().stream().allMatch(l -> l.runs().isEmpty())) {
            return;
        }
        color(t.color());
        cs.beginText();
        if (t.tracking() != 0) {
            cs.setCharacterSpacing(t.tracking());
        }
        for (FittedText.Line line : t.lines()) {
            cs.setTextMatrix(Matrix.getTranslateInstance(x(line.x()), y(line.baseline())));
            for (FittedText.Run run : line.runs()) {
                DocumentResources.Adopted adopted = fixed ? resources.templateFont(run.face()) : resources.adopted(run.face());
                if (adopted != null) {
                    cs.appendRawCommands(adopted.show(page, t.size(), run.text()));
                } else {
                    cs.setFont(resources.font(run.face()), t.size());
                    cs.showText(run.text());
                }
            }
        }
        if (t.tracking() != 0) {
            cs.setCharacterSpacing(0);
        }
        cs.endText();
    }

    public void strokeRect(Box b, float lineWidth, int rgb) throws IOException {
        strokeColor(rgb);
        cs.setLineWidth(lineWidth);
        cs.addRect(x(b.x()), y(b.bottom()), x(b.width()), (float) (b.height() * PT));
        cs.stroke();
    }

    public void fillRect(Box b, int rgb) throws IOException {
        color(rgb);
        cs.addRect(x(b.x()), y(b.bottom()), x(b.width()), (float) (b.height() * PT));
        cs.fill();
    }

    public void line(double x1, double y1, double x2, double y2, float lineWidth, int rgb) throws IOException {
        strokeColor(rgb);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x(x1), y(y1));
        cs.lineTo(x(x2), y(y2));
        cs.stroke();
    }

    /** Ends the drawing and sets the page's content stream, compressed. */
    @Override
    public void close() throws IOException {
        cs.close();
        COSStream contents;
        byte[] bytes;
        int length;
        if (operators != null) {
            // a stream of the document's own cache, so that a print run's pages may go to its scratch file
            contents = doc.getDocument().createCOSStream();
            bytes = operators.bytes;
            length = operators.size;
        } else {
            contents = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            try (InputStream in = contents.createRawInputStream()) {
                bytes = in.readAllBytes();
            }
            length = bytes.length;
        }
        try (OutputStream out = contents.createRawOutputStream()) {
            Flate.deflate(bytes, length, out);
        }
        contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }
}
