package org.skillcert.render.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.skillcert.render.RenderException;
import org.skillcert.render.font.FontRole;

/**
 * A page layout as data: the page size and the elements in drawing order, all in millimetres
 * from the top-left corner.
 *
 * <p>The text format, one element per line ({@code #} starts a comment):
 * <pre>
 * page 297 210
 * frame  border      10 10 277 190  lw=1.2
 * text   title.zh    10 26 138.5 14 KAI 30 24 1 CENTER tracking=0.2 | 职业技能等级证书
 * field  holder.name 205 92 72 8    FANGSONG 12 9 1 LEFT
 * field  institution.name@body 44 55 81 9 KAI 16 10 2 CENTER
 * photo  photo       190 24 35 49
 * qr     qr          245 32 26 26
 * seal   seal        50 120 40 40
 * rule   rule.name   205 100 72 0   lw=0.4
 * </pre>
 * Text kinds take: role, size (pt), minimum size (pt), maximum lines (1 or 2), alignment, then
 * optional {@code tracking=EM} and {@code color=RRGGBB}; a {@code text} element's wording
 * follows {@code |}. Other kinds take optional {@code lw=POINTS}. A rule runs from (x, y) to
 * (x + w, y + h). A field id may carry a suffix after {@code @} so that one value appears twice.
 *
 * <p>Immutable and thread-safe.
 */
public final class Layout {
    private final String name;
    private final double pageWidth;
    private final double pageHeight;
    private final List<Element> elements;

    private Layout(String name, double pageWidth, double pageHeight, List<Element> elements) {
        this.name = name;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
    }

    /**
     * Returns the Guangdong technical-school certificate layout (appendix 2; R-LAY-1 to R-LAY-5,
     * R-CERT-8 2-inch photo frame).
     *
     * <p>The guideline contradicts itself on the photo: §11.2(1) asks for a 1-inch photo (一寸,
     * 25 × 35 mm), the production notes of appendix 2 for a 2-inch one (2 寸, 35 × 49 mm), and those
     * notes say they are for reference only (仅供参考). The default keeps the 2-inch frame of the
     * appendix's drawing; {@link #guangdongOneInchPhoto()} is the same layout with the 1-inch frame
     * of §11.2(1).
     *
     * @return the default certificate layout
     */
    public static Layout guangdong() {
        return Defaults.GUANGDONG;
    }

    /**
     * Returns the Guangdong layout with the 1-inch photo frame of §11.2(1) (25 × 35 mm, 一寸),
     * centred on the 2-inch frame's column and top-aligned with it; everything else as
     * {@link #guangdong()} (R-CERT-8: the conflict is documented there).
     *
     * @return the certificate layout with a 1-inch photo frame
     */
    public static Layout guangdongOneInchPhoto() {
        return Defaults.GUANGDONG_ONE_INCH;
    }

    private static final class Defaults {
        static final Layout GUANGDONG = resource("guangdong-certificate.layout");
        static final Layout GUANGDONG_ONE_INCH = GUANGDONG.withPhotoFrame(25, 35, "guangdong-certificate (1-inch photo)");
    }

    // the same layout with the photo frame resized about its column, top edge kept
    private Layout withPhotoFrame(double width, double height, String newName) {
        List<Element> changed = new ArrayList<>();
        for (Element e : elements) {
            if (e.kind() == Element.Kind.PHOTO) {
                Box b = e.box();
                changed.add(new Element(e.kind(), e.id(), new Box(b.x() + (b.width() - width) / 2, b.y(), width, height),
                        e.style(), e.text(), e.lineWidth()));
            } else {
                changed.add(e);
            }
        }
        return new Layout(newName, pageWidth, pageHeight, changed);
    }

    /**
     * Reads a layout shipped as a resource beside this class.
     *
     * @param resourceName the resource's name
     * @return the layout
     */
    static Layout resource(String resourceName) {
        try (InputStream in = Layout.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("layout resource " + resourceName + " missing");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a layout file (UTF-8).
     *
     * @param file the layout file
     * @return the layout
     * @throws RenderException {@code LAYOUT_INVALID} with the line number, or {@code IO_FAILED}
     */
    public static Layout load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, file.toString(), 0,
                    "cannot read layout " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a layout.
     *
     * @param reader the layout text; read to the end, not closed
     * @param sourceName what to call it in errors
     * @return the layout
     * @throws RenderException {@code LAYOUT_INVALID}; the position is the 1-based line number
     */
    public static Layout parse(Reader reader, String sourceName) {
        List<Element> elements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        double width = 0;
        double height = 0;
        int lineNo = 0;
        try {
            BufferedReader r = new BufferedReader(reader);
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String body = line.strip();
                if (body.isEmpty() || body.startsWith("#")) {
                    continue;
                }
                String literal = "";
                int bar = body.indexOf('|');
                if (bar >= 0) {
                    literal = body.substring(bar + 1).strip();
                    body = body.substring(0, bar).strip();
                }
                String[] t = body.split("\\s+");
                if (t[0].equals("page")) {
                    need(t, 3, sourceName, lineNo);
                    width = number(t[1], sourceName, lineNo);
                    height = number(t[2], sourceName, lineNo);
                    continue;
                }
                Element e = element(t, literal, sourceName, lineNo);
                if (!ids.add(e.id())) {
                    throw invalid(sourceName, lineNo, "duplicate element id " + e.id());
                }
                elements.add(e);
            }
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, sourceName, lineNo,
                    "cannot read layout " + sourceName + ": " + e.getMessage(), e);
        }
        if (width <= 0 || height <= 0) {
            throw invalid(sourceName, lineNo, "no 'page WIDTH HEIGHT' line");
        }
        return new Layout(sourceName, width, height, elements);
    }

    private static Element element(String[] t, String literal, String source, int lineNo) {
        Element.Kind kind;
        try {
            kind = Element.Kind.valueOf(t[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(source, lineNo, "unknown element kind '" + t[0] + "'");
        }
        need(t, 6, source, lineNo);
        String id = t[1];
        Box box;
        try {
            box = new Box(number(t[2], source, lineNo), number(t[3], source, lineNo),
                    number(t[4], source, lineNo), number(t[5], source, lineNo));
        } catch (IllegalArgumentException e) {
            throw invalid(source, lineNo, e.getMessage());
        }
        boolean textKind = kind == Element.Kind.TEXT || kind == Element.Kind.FIELD;
        int next = 6;
        TextStyle style = null;
        if (textKind) {
            need(t, 11, source, lineNo);
            FontRole role;
            Align align;
            try {
                role = FontRole.valueOf(t[6]);
                align = Align.valueOf(t[10]);
            } catch (IllegalArgumentException e) {
                throw invalid(source, lineNo, "unknown font role or alignment in '" + t[6] + "', '" + t[10] + "'");
            }
            float size = (float) number(t[7], source, lineNo);
            float min = (float) number(t[8], source, lineNo);
            int lines = (int) number(t[9], source, lineNo);
            float tracking = 0;
            int color = 0x000000;
            for (next = 11; next < t.length; next++) {
                if (t[next].startsWith("tracking=")) {
                    tracking = (float) number(t[next].substring(9), source, lineNo);
                } else if (t[next].startsWith("color=")) {
                    color = hex(t[next].substring(6), source, lineNo);
                } else {
                    throw invalid(source, lineNo, "unknown option '" + t[next] + "'");
                }
            }
            try {
                style = new TextStyle(role, size, min, lines, align, tracking, color);
            } catch (IllegalArgumentException e) {
                throw invalid(source, lineNo, e.getMessage());
            }
        }
        float lineWidth = 0;
        for (int i = next; i < t.length; i++) {
            if (t[i].startsWith("lw=")) {
                lineWidth = (float) number(t[i].substring(3), source, lineNo);
            } else {
                throw invalid(source, lineNo, "unknown option '" + t[i] + "'");
            }
        }
        if (kind == Element.Kind.TEXT && literal.isEmpty()) {
            throw invalid(source, lineNo, "text element " + id + " needs its wording after '|'");
        }
        if (kind != Element.Kind.TEXT && !literal.isEmpty()) {
            throw invalid(source, lineNo, "only text elements take wording after '|'");
        }
        return new Element(kind, id, box, style, literal, lineWidth);
    }

    private static void need(String[] t, int count, String source, int lineNo) {
        if (t.length < count) {
            throw invalid(source, lineNo, "'" + t[0] + "' needs " + (count - 1) + " values, has " + (t.length - 1));
        }
    }

    private static double number(String s, String source, int lineNo) {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(source, lineNo, "not a number: '" + s + "'");
        }
    }

    private static int hex(String s, String source, int lineNo) {
        try {
            if (s.length() != 6) {
                throw new NumberFormatException();
            }
            return Integer.parseInt(s, 16);
        } catch (NumberFormatException e) {
            throw invalid(source, lineNo, "not an RRGGBB colour: '" + s + "'");
        }
    }

    private static RenderException invalid(String source, int lineNo, String why) {
        return new RenderException(RenderException.Reason.LAYOUT_INVALID, source, lineNo,
                source + " line " + lineNo + ": " + why);
    }

    /**
     * Returns where the layout came from.
     *
     * @return the source name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the page width.
     *
     * @return mm
     */
    public double pageWidth() {
        return pageWidth;
    }

    /**
     * Returns the page height.
     *
     * @return mm
     */
    public double pageHeight() {
        return pageHeight;
    }

    /**
     * Returns the elements in drawing order.
     *
     * @return an unmodifiable list
     */
    public List<Element> elements() {
        return elements;
    }

    /**
     * Finds an element by id.
     *
     * @param id the element id
     * @return the element, or empty
     */
    public Optional<Element> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "Layout[" + name + ", " + elements.size() + " elements]";
    }
}
