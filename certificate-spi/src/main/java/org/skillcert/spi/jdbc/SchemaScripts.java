package org.skillcert.spi.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shipped DDL, {@code schema/<dialect>/V<n>__skillcert.sql} next to this class: the one source
 * of the adapter's tables. Reads the files of versions 1 to n, puts the validated prefix in place
 * of {@code ${prefix}}, and splits them into statements (a statement ends with {@code ;} at the end
 * of a line; lines starting with {@code --} are comments).
 */
final class SchemaScripts {
    /** The placeholder the files use for the table prefix (Flyway and Liquibase syntax). */
    static final String PLACEHOLDER = "${prefix}";
    private static final Set<String> NOT_COLUMNS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK");

    private SchemaScripts() {
    }

    /**
     * @param h2 H2 (else PostgreSQL)
     * @return the resource folder of the dialect, e.g. {@code org/skillcert/spi/jdbc/schema/h2/}
     */
    static String folder(boolean h2) {
        return "org/skillcert/spi/jdbc/schema/" + (h2 ? "h2" : "postgresql") + "/";
    }

    /**
     * @param version the schema version
     * @return the file name of that version, {@code V<n>__skillcert.sql}
     */
    static String fileName(int version) {
        return "V" + version + "__skillcert.sql";
    }

    /**
     * Reads one version's file as shipped.
     *
     * @param h2 H2 (else PostgreSQL)
     * @param version 1 to {@link Database#SCHEMA_VERSION}
     * @return the file's text
     */
    static String text(boolean h2, int version) {
        String name = folder(h2) + fileName(version);
        try (InputStream in = SchemaScripts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from certificate-spi");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statements of versions 1 to {@code upTo}, prefix in place.
     *
     * @param h2 H2 (else PostgreSQL)
     * @param prefix a validated table prefix
     * @param upTo the last version
     * @return the statements in order
     */
    static List<String> statements(boolean h2, String prefix, int upTo) {
        List<String> all = new ArrayList<>();
        for (int v = 1; v <= upTo; v++) {
            all.addAll(split(text(h2, v).replace(PLACEHOLDER, prefix)));
        }
        return all;
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(trimmed);
            if (trimmed.endsWith(";")) {
                current.setLength(current.length() - 1);
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /**
     * The tables and their columns that the statements create, in order.
     *
     * @param statements from {@link #statements}
     * @return table name (with prefix) to its column names, lower case
     */
    static Map<String, List<String>> tables(List<String> statements) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String create = "CREATE TABLE IF NOT EXISTS ";
        for (String sql : statements) {
            if (!sql.startsWith(create)) {
                continue;
            }
            String rest = sql.substring(create.length());
            String table = rest.substring(0, rest.indexOf(' ')).toLowerCase(Locale.ROOT);
            String body = rest.substring(rest.indexOf('(') + 1, rest.lastIndexOf(')'));
            List<String> columns = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= body.length(); i++) {
                char c = i < body.length() ? body.charAt(i) : ',';
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    String first = body.substring(start, i).strip().split("\\s+", 2)[0];
                    if (!NOT_COLUMNS.contains(first.toUpperCase(Locale.ROOT))) {
                        columns.add(first.toLowerCase(Locale.ROOT));
                    }
                    start = i + 1;
                }
            }
            tables.put(table, List.copyOf(columns));
        }
        return tables;
    }
}
