package org.skillcert.render.verify.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * A bound on the content operators one reading of a page may run. A hostile file can make form
 * XObjects draw one another over and over: a form drawing the next one twice, nested to PDFBox's
 * limit of 50 levels, is 2^50 draws, and the reading never ends (a fuzzed certificate did this in
 * {@code VerifyFuzzTest}). Every operator, in the page or in any form, pattern or glyph it draws,
 * counts; past {@link #MAX_OPERATORS} the reading stops with {@link TooComplex}, which the
 * verifier reports as a damaged file. A certificate page runs a few thousand (3,080 for the
 * sample electronic certificate, text reading).
 *
 * <p>The text strippers and the renderer here are PDFBox's, counting. Each is for one reading on
 * one thread.
 */
final class ContentBudget {
    /** Operators one reading may run, the page's and everything it draws together. */
    static final long MAX_OPERATORS = 500_000;

    private long operators;

    private ContentBudget() {
    }

    /** Thrown when a reading exceeds the budget; unchecked, so that PDFBox's per-operator recovery does not swallow it. */
    static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super("its first page's content runs more than " + MAX_OPERATORS
                    + " operators (form XObjects drawing one another over and over): refused");
        }
    }

    private void count() {
        if (++operators > MAX_OPERATORS) {
            throw new TooComplex();
        }
    }

    /**
     * A text stripper of the whole page that counts.
     *
     * @return a new stripper
     * @throws IOException as PDFBox's constructor
     */
    static PDFTextStripper textStripper() throws IOException {
        ContentBudget budget = new ContentBudget();
        return new PDFTextStripper() {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.count();
                super.processOperator(operator, operands);
            }
        };
    }

    /**
     * A text stripper by area that counts.
     *
     * @return a new stripper
     * @throws IOException as PDFBox's constructor
     */
    static PDFTextStripperByArea areaStripper() throws IOException {
        ContentBudget budget = new ContentBudget();
        return new PDFTextStripperByArea() {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.count();
                super.processOperator(operator, operands);
            }
        };
    }

    /**
     * A renderer whose every page drawing counts (each drawing its own budget).
     *
     * @param doc the document
     * @return a new renderer
     */
    static PDFRenderer renderer(PDDocument doc) {
        return new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                ContentBudget budget = new ContentBudget();
                return new PageDrawer(parameters) {
                    @Override
                    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                        budget.count();
                        super.processOperator(operator, operands);
                    }
                };
            }
        };
    }
}
