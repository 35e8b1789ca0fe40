package org.skillcert.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.font.RoleFont;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --font ROLE=FILE} option of every subcommand that renders a PDF, and the warning line
 * per role that fell back to a stand-in of another style (R-LAY-4, R-LAY-5).
 */
final class FontOptions {
    @Option(names = "--font", paramLabel = "ROLE=FILE[#FACE]", converter = GivenFontConverter.class,
            description = "A font for a role (kai, fangsong, song, latin): a .ttf, or a .ttc with an optional "
                    + "#FACE name (default: its first face), e.g. fangsong=C:/Windows/Fonts/simfang.ttf or "
                    + "song=simsun.ttc#NSimSun. Repeatable; given fonts come before system and bundled fonts.")
    List<GivenFont> fonts = new ArrayList<>();

    private FontLibrary library;

    /** A {@code --font} value. */
    record GivenFont(FontRole role, Path file, String face) {
    }

    /**
     * Builds the font library once (given fonts, then system fonts, then the bundled ones) and
     * prints one warning line per role that fell back.
     *
     * @param parent the command, for standard error
     * @return the library
     */
    FontLibrary library(SkillcertCommand parent) {
        if (library == null) {
            FontLibrary.Builder b = FontLibrary.builder();
            for (GivenFont f : fonts) {
                if (f.face() == null) {
                    b.font(f.role(), f.file());
                } else {
                    b.font(f.role(), f.file(), f.face());
                }
            }
            library = b.build();
            for (RoleFont r : library.fallbacks()) {
                parent.err().println(warning(r));
            }
        }
        return library;
    }

    /** The warning line for a role that fell back, e.g. {@code 仿宋 not found: values use LXGW WenKai; …}. */
    static String warning(RoleFont r) {
        switch (r.role()) {
            case FANGSONG:
                return "warning: 仿宋 not found: values use " + r.family() + "; pass --font fangsong=simfang.ttf";
            case SONG:
                return "warning: 宋体 not found: the seal uses " + r.family() + "; pass --font song=simsun.ttc";
            case KAI:
                return "warning: 楷体 not found: text uses " + r.family() + "; pass --font kai=simkai.ttf";
            default:
                return "warning: Times New Roman not found: English uses " + r.family() + "; pass --font latin=times.ttf";
        }
    }

    /** Parses {@code ROLE=FILE[#FACE]}. */
    static final class GivenFontConverter implements CommandLine.ITypeConverter<GivenFont> {
        @Override
        public GivenFont convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not ROLE=FILE (e.g. fangsong=simfang.ttf)");
            }
            FontRole role;
            try {
                role = FontRole.valueOf(value.substring(0, eq).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown font role '" + value.substring(0, eq)
                        + "': one of kai, fangsong, song, latin");
            }
            String file = value.substring(eq + 1);
            String face = null;
            int hash = file.lastIndexOf('#');
            if (hash > 0 && file.toLowerCase(Locale.ROOT).substring(0, hash).endsWith(".ttc")) {
                face = file.substring(hash + 1);
                file = file.substring(0, hash);
            }
            return new GivenFont(role, Path.of(file), face == null || face.isEmpty() ? null : face);
        }
    }
}
