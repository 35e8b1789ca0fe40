package org.skillcert.render;

import java.util.List;
import org.skillcert.render.layout.Box;

/**
 * One text of a {@link Composition} as fitted into its box: the size it came out at, the lines it
 * was broken into and the area its glyphs cover.
 *
 * @param id the layout element id, e.g. {@code holder.name}
 * @param size the font size in points (between the box's minimum and design size)
 * @param color the colour, {@code 0xRRGGBB}
 * @param lines the text of each line, top to bottom (empty lines for an empty value)
 * @param bounds the area the lines cover, millimetres from the page's top-left corner
 */
public record PlacedText(String id, float size, int color, List<String> lines, Box bounds) {
    /**
     * Copies the lines.
     */
    public PlacedText {
        lines = List.copyOf(lines);
    }
}
