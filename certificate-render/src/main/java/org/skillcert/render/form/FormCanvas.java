package org.skillcert.render.form;

import java.io.IOException;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.internal.Colors;
import org.skillcert.render.internal.PageCanvas;
import org.skillcert.render.internal.TextFitter;
import org.skillcert.render.layout.Align;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.TextStyle;

/**
 * Draws the A4 portrait forms: ruled table cells with labels (Kai) and filled-in values
 * (FangSong, 小四 12 pt per R-LAY-4), fitted by the same rule as the certificate. Not thread-safe.
 */
final class FormCanvas {
    static final double LEFT = 22;
    static final double WIDTH = 166;
    static final int RULE = Colors.BLACK;

    private final PageCanvas page;
    private final TextFitter fitter;
    private final TextStyle label;
    private final TextStyle value;
    private double y;

    FormCanvas(PageCanvas page, TextFitter fitter, double top) {
        this.page = page;
        this.fitter = fitter;
        this.label = new TextStyle(FontRole.KAI, 12, 9, 2, Align.CENTER, 0, Colors.BLACK);
        this.value = new TextStyle(FontRole.FANGSONG, 12, 8, 2, Align.LEFT, 0, Colors.BLACK);
        this.y = top;
    }

    double y() {
        return y;
    }

    void skip(double mm) {
        y += mm;
    }

    void title(String text, float size) throws IOException {
        TextStyle style = new TextStyle(FontRole.KAI, size, size, 1, Align.CENTER, 0.08f, Colors.BLACK);
        page.text(fitter.fit("title", text, new Box(LEFT, y, WIDTH, size / PageCanvas.PT * 1.6), style));
        y += size / PageCanvas.PT * 1.6 + 4;
    }

    /** A line of text above or below the table (not in a cell). */
    void line(String field, String text, Align align, double height) throws IOException {
        page.text(fitter.fit(field, text, new Box(LEFT + 1, y, WIDTH - 2, height),
                new TextStyle(FontRole.KAI, 12, 9, 1, align, 0, Colors.BLACK)));
        y += height;
    }

    /** A row of cells; widths are fractions of the table width, texts alternate label, value, label, value. */
    void row(double height, double[] widths, String[] fields, String[] texts, boolean[] isLabel) throws IOException {
        double x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            double w = widths[i] * WIDTH;
            Box cell = new Box(x, y, w, height);
            page.strokeRect(cell, 0.7f, RULE);
            if (!texts[i].isEmpty()) {
                Box inner = new Box(x + 1.5, y + 0.8, w - 3, height - 1.6);
                page.text(fitter.fit(fields[i], texts[i], inner, isLabel[i] ? label : value));
            }
            x += w;
        }
        y += height;
    }

    /** A label cell spanning several rows at the left; the rows beside it follow with {@link #rowFrom}. */
    void group(double height, double labelWidth, String labelText) throws IOException {
        double lw = labelWidth * WIDTH;
        page.strokeRect(new Box(LEFT, y, lw, height), 0.7f, RULE);
        page.text(fitter.fit(labelText, labelText, new Box(LEFT + 1.5, y + 1, lw - 3, height - 2), label));
    }

    /** A row of cells starting after a group label of {@code offset} (fraction of the table width). */
    void rowFrom(double offset, double height, double[] widths, String[] fields, String[] texts, boolean[] isLabel)
            throws IOException {
        double x = LEFT + offset * WIDTH;
        for (int i = 0; i < widths.length; i++) {
            double w = widths[i] * WIDTH;
            Box cell = new Box(x, y, w, height);
            page.strokeRect(cell, 0.7f, RULE);
            if (!texts[i].isEmpty()) {
                Box inner = new Box(x + 1.5, y + 0.8, w - 3, height - 1.6);
                page.text(fitter.fit(fields[i], texts[i], inner, isLabel[i] ? label : value));
            }
            x += w;
        }
        y += height;
    }

    /** A cell-wide block: a label cell, then a value cell holding body text at the top and a signature line at the bottom. */
    void block(double height, double labelWidth, String labelText, String field, String body, String signature)
            throws IOException {
        double lw = labelWidth * WIDTH;
        page.strokeRect(new Box(LEFT, y, lw, height), 0.7f, RULE);
        page.text(fitter.fit(labelText, labelText, new Box(LEFT + 1.5, y + 1, lw - 3, height - 2), label));
        Box valueCell = new Box(LEFT + lw, y, WIDTH - lw, height);
        page.strokeRect(valueCell, 0.7f, RULE);
        if (!body.isEmpty()) {
            page.text(fitter.fit(field, body, new Box(valueCell.x() + 2, y + 2, valueCell.width() - 4, 12), value));
        }
        if (!signature.isEmpty()) {
            page.text(fitter.fit(field + " signature", signature,
                    new Box(valueCell.x() + 2, valueCell.bottom() - 9, valueCell.width() - 6, 7),
                    new TextStyle(FontRole.KAI, 12, 9, 1, Align.RIGHT, 0, Colors.BLACK)));
        }
        y += height;
    }

    /** A check box at (x, baseline-ish y), ticked or not. */
    void checkbox(double x, double top, boolean ticked) throws IOException {
        page.strokeRect(new Box(x, top, 3.2, 3.2), 0.6f, RULE);
        if (ticked) {
            page.strokeColor(RULE);
            page.cs.setLineWidth(1f);
            page.cs.moveTo(page.x(x + 0.6), page.y(top + 1.7));
            page.cs.lineTo(page.x(x + 1.4), page.y(top + 2.6));
            page.cs.lineTo(page.x(x + 2.8), page.y(top + 0.6));
            page.cs.stroke();
        }
    }

    void textAt(String field, String text, Box box, boolean isLabel) throws IOException {
        page.text(fitter.fit(field, text, box, isLabel ? label.sized(12, 9) : value));
    }

    void textAt(String field, String text, Box box, TextStyle style) throws IOException {
        page.text(fitter.fit(field, text, box, style));
    }
}
