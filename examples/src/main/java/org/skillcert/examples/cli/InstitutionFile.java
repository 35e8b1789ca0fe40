package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.skillcert.core.institution.EvaluationScope;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoSchool;
import org.skillcert.spi.SkillcertException;

/**
 * The institution file {@code skillcert issue --institution FILE} reads: the filed name, the site
 * code and the filed evaluation scope, as UTF-8 properties.
 *
 * <pre>
 * name=广州市穗华技工学校
 * siteCode=S000044012017
 * scope.1=电工|--|1,2,3,4,5
 * scope.2=汽车维修工|汽车机械维修工|3,4,5
 * </pre>
 *
 * Each {@code scope.N} line is occupation, job/direction ({@code --} for none) and level codes,
 * separated by {@code |} (R-CERT-5). The demo writes one for its school.
 */
final class InstitutionFile {
    private InstitutionFile() {
    }

    /**
     * Reads an institution file.
     *
     * @param file the file
     * @return the institution
     * @throws UncheckedIOException if the file cannot be read or a line is malformed or refused (a
     *     scope line's occupation or job starting with a character other than a letter or digit)
     * @throws SkillcertException if the name or site code is refused (forbidden word in the name, a
     *     name starting with = + - @, bad site code)
     */
    static Institution read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the institution file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // Properties.load refuses a malformed backslash-u escape this way
            throw problem(file, "not a properties file (" + e.getMessage() + ")");
        }
        EvaluationScope.Builder scope = EvaluationScope.builder();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!key.startsWith("scope.")) {
                continue;
            }
            String[] parts = p.getProperty(key).split("\\|", -1);
            if (parts.length != 3) {
                throw new UncheckedIOException(new IOException(file + ": " + key
                        + " must be occupation|job|levels, e.g. 电工|--|3,4,5"));
            }
            List<SkillLevel> levels = new ArrayList<>();
            for (String code : parts[2].split(",")) {
                try {
                    levels.add(SkillLevel.of(Integer.parseInt(code.strip())));
                } catch (IllegalArgumentException e) {
                    throw new UncheckedIOException(new IOException(file + ": " + key + " has a bad level '" + code
                            + "' (1-5)"));
                }
            }
            try {
                scope.add(parts[0].strip(), parts[1].strip(), levels.get(0),
                        levels.subList(1, levels.size()).toArray(new SkillLevel[0]));
            } catch (IllegalArgumentException e) {
                throw problem(file, key + ": " + e.getMessage());
            }
        }
        String name = required(p, "name", file);
        String siteCode = required(p, "siteCode", file);
        EvaluationScope filed;
        try {
            filed = scope.build();
        } catch (IllegalStateException e) {
            throw problem(file, "no scope.N= line (" + e.getMessage() + ")");
        }
        return Institution.builder().name(name).siteCode(siteCode).scope(filed).build();
    }

    private static UncheckedIOException problem(Path file, String what) {
        return new UncheckedIOException(new IOException(file + ": " + what));
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new UncheckedIOException(new IOException(file + ": " + key + "= is missing"));
        }
        return value.strip();
    }

    /**
     * Writes the demo school's institution file.
     *
     * @param file the file to write
     * @throws IOException if it cannot be written
     */
    static void writeDemoSchool(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# skillcert institution file (UTF-8): filed name, site code (positions 1-13), filed scope\n");
            out.write("name=" + DemoSchool.NAME + "\n");
            out.write("siteCode=" + DemoSchool.SITE_CODE + "\n");
            int n = 1;
            for (DemoSchool.ScopeLine line : DemoSchool.SCOPE) {
                out.write("scope." + n++ + "=" + line.occupation() + "|" + line.job() + "|"
                        + String.join(",", new TreeSet<>(line.levels()).stream().map(String::valueOf).toList()) + "\n");
            }
        }
    }
}
