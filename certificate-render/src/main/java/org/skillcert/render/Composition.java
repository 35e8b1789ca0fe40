package org.skillcert.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.RoleFont;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.FittedText;
import org.skillcert.render.qr.QrCode;
import org.skillcert.render.seal.Seal;

/**
 * Where everything of one certificate page goes, worked out before anything is drawn (so a
 * missing glyph or an overlong value fails before any byte is written). Millimetres from the
 * page's top-left corner, before calibration.
 *
 * @param texts fitted texts by layout element id, in drawing order
 * @param seal the seal, or {@code null} when the page has none
 * @param sealBox the seal's square, or {@code null}
 * @param photoBox the photo frame, or {@code null}
 * @param qr the QR symbol, or {@code null}
 * @param qrBox the QR square (quiet zone included), or {@code null}
 * @param fonts which font serves each role and which roles fell back to a stand-in of another
 *     style ({@link FontLibrary#report()}; R-LAY-4 values in 仿宋, R-LAY-5 seal in 宋体)
 */
public record Composition(Map<String, FittedText> texts, @Nullable Seal seal, @Nullable Box sealBox,
        @Nullable Box photoBox, @Nullable QrCode qr, @Nullable Box qrBox, List<RoleFont> fonts) {
    /**
     * Returns the roles of {@link #fonts()} that fell back to a stand-in of another style.
     *
     * @return the fallen-back roles' entries; empty if none
     */
    public List<RoleFont> fontFallbacks() {
        return fonts.stream().filter(RoleFont::fellBack).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns a fitted text by element id.
     *
     * @param id the layout element id, e.g. {@code holder.name}
     * @return the fitted text, or empty if the page does not show it
     */
    public Optional<FittedText> text(String id) {
        return Optional.ofNullable(texts.get(id));
    }
}
