package org.skillcert.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.RoleFont;
import org.skillcert.render.internal.FittedText;
import org.skillcert.render.internal.QrCode;
import org.skillcert.render.internal.Seal;
import org.skillcert.render.layout.Box;

/**
 * Where everything of one certificate page goes, worked out before anything is drawn (so a
 * missing glyph, an overlong value or a too dense QR code fails before any byte is written):
 * every text fitted, the seal, the steel seal, the photo frame and the QR code placed.
 * Millimetres from the page's top-left corner, before calibration. Immutable.
 *
 * <p>Made by {@link CertificateRenderer#compose(CertificateContent, Mode)}; the renderer paints
 * exactly this.
 */
public final class Composition {
    private final Map<String, FittedText> fitted;
    private final Map<String, PlacedText> texts;
    @Nullable
    private final Seal seal;
    @Nullable
    private final Box sealBox;
    @Nullable
    private final Seal steelSeal;
    @Nullable
    private final Box steelSealBox;
    @Nullable
    private final Box photoBox;
    @Nullable
    private final QrCode qr;
    @Nullable
    private final Box qrBox;
    private final List<RoleFont> fonts;

    Composition(Map<String, FittedText> fitted, @Nullable Seal seal, @Nullable Box sealBox, @Nullable Seal steelSeal,
            @Nullable Box steelSealBox, @Nullable Box photoBox, @Nullable QrCode qr, @Nullable Box qrBox,
            List<RoleFont> fonts) {
        this.fitted = Collections.unmodifiableMap(new LinkedHashMap<>(fitted));
        Map<String, PlacedText> placed = new LinkedHashMap<>();
        fitted.forEach((id, t) -> placed.put(id, new PlacedText(id, t.size(), t.color(), lineTexts(t), t.bounds())));
        this.texts = Collections.unmodifiableMap(placed);
        this.seal = seal;
        this.sealBox = sealBox;
        this.steelSeal = steelSeal;
        this.steelSealBox = steelSealBox;
        this.photoBox = photoBox;
        this.qr = qr;
        this.qrBox = qrBox;
        this.fonts = List.copyOf(fonts);
    }

    // each line's text, its runs joined (a loop: this runs for every field of every certificate)
    private static List<String> lineTexts(FittedText t) {
        List<FittedText.Line> lines = t.lines();
        String[] texts = new String[lines.size()];
        for (int i = 0; i < texts.length; i++) {
            List<FittedText.Run> runs = lines.get(i).runs();
            if (runs.size() == 1) {
                texts[i] = runs.get(0).text();
            } else {
                StringBuilder b = new StringBuilder();
                for (FittedText.Run run : runs) {
                    b.append(run.text());
                }
                texts[i] = b.toString();
            }
        }
        return List.of(texts);
    }

    /**
     * Returns the fitted texts by layout element id, in drawing order.
     *
     * @return the texts, unmodifiable
     */
    public Map<String, PlacedText> texts() {
        return texts;
    }

    /**
     * Returns a fitted text by element id.
     *
     * @param id the layout element id, e.g. {@code holder.name}
     * @return the text, or empty if the page does not show it
     */
    public Optional<PlacedText> text(String id) {
        return Optional.ofNullable(texts.get(id));
    }

    /**
     * Returns the round seal's square (R-LAY-5).
     *
     * @return the square, or {@code null} when the page has no seal (the overlay)
     */
    @Nullable
    public Box sealBox() {
        return sealBox;
    }

    /**
     * Returns the steel seal's square over the photo's lower right corner (R-LAY-6).
     *
     * @return the square, or {@code null} when the renderer draws no steel seal
     */
    @Nullable
    public Box steelSealBox() {
        return steelSealBox;
    }

    /**
     * Returns the photo frame.
     *
     * @return the frame, or {@code null} when the layout has none
     */
    @Nullable
    public Box photoBox() {
        return photoBox;
    }

    /**
     * Returns the QR code's square, quiet zone included.
     *
     * @return the square, or {@code null} when the layout has no QR code
     */
    @Nullable
    public Box qrBox() {
        return qrBox;
    }

    /**
     * Returns the QR symbol's size in modules, quiet zone excluded.
     *
     * @return the module count per side, 0 when there is no QR code
     */
    public int qrModules() {
        return qr == null ? 0 : qr.modules();
    }

    /**
     * Returns the side of one QR module in millimetres (at least 0.4 mm, R-CERT-1's readability).
     *
     * @return the module size, 0 when there is no QR code
     */
    public double qrModuleSize() {
        return qr == null || qrBox == null ? 0 : qr.moduleSize(qrBox.width());
    }

    /**
     * Returns which font serves each role and which roles fell back to a stand-in of another
     * style ({@link FontLibrary#report()}; R-LAY-4 values in 仿宋, R-LAY-5 seal in 宋体).
     *
     * @return one entry per role, unmodifiable
     */
    public List<RoleFont> fonts() {
        return fonts;
    }

    /**
     * Returns the roles of {@link #fonts()} that fell back to a stand-in of another style.
     *
     * @return the fallen-back roles' entries; empty if none
     */
    public List<RoleFont> fontFallbacks() {
        return fonts.stream().filter(RoleFont::fellBack).collect(Collectors.toUnmodifiableList());
    }

    Map<String, FittedText> fitted() {
        return fitted;
    }

    @Nullable
    Seal seal() {
        return seal;
    }

    @Nullable
    Seal steelSeal() {
        return steelSeal;
    }

    @Nullable
    QrCode qr() {
        return qr;
    }
}
