package org.skillcert.render.font;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.LogCapture;

/** FontLibrary logs the file serving each role and every fallback (DEBUG, System.Logger). */
class FontLoggingTest {

    @Test
    void eachRolesFontFileAndTheFangSongFallbackAreLogged() {
        List<LogCapture.Line> lines;
        try (LogCapture log = new LogCapture("org.skillcert.render.font")) {
            FontLibrary library = FontLibrary.bundledOnly();
            assertTrue(library.report(FontRole.FANGSONG).fellBack(), "the bundled FangSong is a Kai stand-in");
            lines = log.lines();
        }
        for (FontRole role : FontRole.values()) {
            RoleFont served = FontLibrary.bundledOnly().report(role);
            assertTrue(lines.stream().anyMatch(l -> l.level().equals("DEBUG") && l.message().equals("font role " + role
                    + " served by " + served.family() + " (BUNDLED, " + served.source() + ")")), role + " in " + lines);
        }
        assertTrue(lines.stream().anyMatch(l -> l.message().startsWith("font role FANGSONG falls back to a stand-in of another style: LXGW WenKai (bundled:")),
                lines.toString());
        // the bundled-only library looked for no system font, so it is not a fallback from one
        assertTrue(lines.stream().noneMatch(l -> l.message().contains("no given or system font")), lines.toString());
    }
}
