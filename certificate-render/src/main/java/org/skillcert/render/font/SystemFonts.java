package org.skillcert.render.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.skillcert.render.RenderException;

/**
 * Finds fonts installed on the machine by the well-known file names of their families
 * (table {@code system-fonts.txt} beside this class). The search runs once per JVM; each font
 * found is parsed once and shared.
 */
final class SystemFonts {
    private static final int MAX_DEPTH = 4;
    private static volatile Map<FontRole, Optional<FontFace>> found;

    private SystemFonts() {
    }

    /** Returns the system font for a role, if one of the role's files is installed and usable. */
    static Optional<FontFace> forRole(FontRole role) {
        Map<FontRole, Optional<FontFace>> map = found;
        if (map == null) {
            synchronized (SystemFonts.class) {
                map = found;
                if (map == null) {
                    map = search();
                    found = map;
                }
            }
        }
        return map.get(role);
    }

    private static Map<FontRole, Optional<FontFace>> search() {
        Map<FontRole, List<String>> names = new EnumMap<>(FontRole.class);
        List<Path> dirs = new ArrayList<>();
        readTable(names, dirs);
        Map<String, Path> files = new HashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.putIfAbsent(
                        p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | UncheckedIOException e) {
                // an unreadable font directory is not an error: the bundled fallback remains
            }
        }
        Map<FontRole, Optional<FontFace>> result = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            result.put(role, Optional.empty());
            for (String name : names.getOrDefault(role, List.of())) {
                Path file = files.get(name.toLowerCase(Locale.ROOT));
                if (file == null) {
                    continue;
                }
                try {
                    result.put(role, Optional.of(FontFace.load(file)));
                    break;
                } catch (RenderException e) {
                    // a system font we cannot embed is skipped, unlike a font the caller named
                    System.getLogger("org.skillcert.render.font").log(System.Logger.Level.DEBUG,
                            "font role {0}: system font {1} skipped ({2}); trying the next", role, file, e.reason());
                }
            }
        }
        return result;
    }

    private static void readTable(Map<FontRole, List<String>> names, List<Path> dirs) {
        String home = System.getProperty("user.home", "");
        try (InputStream in = SystemFonts.class.getResourceAsStream("system-fonts.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("role ")) {
                    String[] parts = line.substring(5).strip().split("\\s+", 2);
                    FontRole role = FontRole.valueOf(parts[0]);
                    names.put(role, splitFileNames(parts[1]));
                } else if (line.startsWith("dir ")) {
                    String dir = line.substring(4).strip();
                    dirs.add(Paths.get(dir.startsWith("~") ? home + dir.substring(1) : dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // file names may contain spaces ("Times New Roman.ttf"): split after each ".ttf" or ".ttc"
    private static List<String> splitFileNames(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split("(?i)(?<=\\.tt[fc])\\s+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
