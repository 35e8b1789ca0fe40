package org.skillcert.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.skillcert.spi.StorageException;

/**
 * The JDBC URL the CLI opens, checked before any driver sees it.
 *
 * <p>An H2 URL carries settings after {@code ;}, and some of them run code or write files
 * ({@code INIT=RUNSCRIPT FROM …}, {@code TRACE_LEVEL_FILE}, {@code AUTO_SERVER} …). So the settings
 * of a {@code --db} H2 URL are checked against an allow-list ({@link #H2_ALLOWED}); anything else is
 * refused with its name and position. {@code WRITE_DELAY=0} is always added, so that a committed
 * step is on disk when the command reports it (a {@code WRITE_DELAY} other than 0 is refused), and
 * {@code TRACE_LEVEL_FILE=0} keeps H2 from writing a {@code .trace.db} file (which may quote SQL
 * parameters, ID numbers among them) beside the database. An in-memory H2 database ({@code mem:})
 * is refused: everything recorded would be lost at exit.
 *
 * <p>Credentials never travel in the URL: a PostgreSQL URL whose query has a {@code user} or
 * {@code password} parameter, or a user before {@code @}, is refused; other parameters, such as
 * {@code sslpassword} (the passphrase of a client key file) or {@code sslmode}, are not credentials
 * of the database account and pass.
 */
final class DatabaseUrl {
    /** H2 settings a {@code --db} URL may carry (compared case-insensitively). */
    static final Set<String> H2_ALLOWED = Set.of("WRITE_DELAY", "IFEXISTS", "LOCK_TIMEOUT", "CIPHER",
            "ACCESS_MODE_DATA", "MODE");

    /** What the CLI appends to every H2 URL. */
    private static final String H2_FIXED = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    /** The database products the CLI speaks. */
    enum Kind {
        H2, POSTGRESQL
    }

    private final Kind kind;
    private final String url;

    private DatabaseUrl(Kind kind, String url) {
        this.kind = kind;
        this.url = url;
    }

    /**
     * The embedded database of a workspace.
     *
     * @param file the database file without its {@code .mv.db} ending, absolute
     * @param mustExist whether H2 must refuse to create it ({@code IFEXISTS=TRUE})
     * @return the URL
     */
    static DatabaseUrl embedded(Path file, boolean mustExist) {
        return new DatabaseUrl(Kind.H2, "jdbc:h2:file:" + file + H2_FIXED + (mustExist ? ";IFEXISTS=TRUE" : ""));
    }

    /**
     * Checks a {@code --db} URL.
     *
     * @param given the URL as given
     * @param mustExist whether an H2 database must already exist (read-only commands)
     * @return the URL to open, with the fixed H2 settings added
     * @throws StorageException {@code BAD_CONFIG} naming {@code --db}, with the 1-based position of
     *     what is refused
     */
    static DatabaseUrl of(String given, boolean mustExist) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            checkPostgres(given);
            return new DatabaseUrl(Kind.POSTGRESQL, given);
        }
        if (lower.startsWith("jdbc:h2:")) {
            return new DatabaseUrl(Kind.H2, checkH2(given, "jdbc:h2:".length()) + H2_FIXED
                    + (mustExist && !lower.contains(";ifexists=") ? ";IFEXISTS=TRUE" : ""));
        }
        throw refused(given, 1, "--db must be a jdbc:postgresql: or jdbc:h2: URL");
    }

    Kind kind() {
        return kind;
    }

    String url() {
        return url;
    }

    private static String checkH2(String given, int start) {
        int semicolon = given.indexOf(';', start);
        String database = semicolon < 0 ? given.substring(start) : given.substring(start, semicolon);
        String lowerDatabase = database.toLowerCase(Locale.ROOT);
        if (lowerDatabase.startsWith("mem:")) {
            throw refused(given, start + 1, "--db must not be an in-memory H2 database (mem:): everything would be lost at exit");
        }
        int colon = lowerDatabase.indexOf(':');
        boolean protocol = colon > 1 && lowerDatabase.substring(0, colon).chars().allMatch(Character::isLetter);
        if (protocol && !(lowerDatabase.startsWith("file:") || lowerDatabase.startsWith("tcp:")
                || lowerDatabase.startsWith("ssl:"))) {
            throw refused(given, start + 1, "--db: H2 URLs must be file:, tcp: or ssl:, not " + database.substring(0, colon + 1));
        }
        if (semicolon < 0) {
            return given;
        }
        int backslash = given.indexOf('\\', semicolon);
        if (backslash >= 0) {
            throw refused(given, backslash + 1, "--db: a backslash is not allowed in the H2 settings");
        }
        int at = semicolon + 1;
        for (String setting : given.substring(semicolon + 1).split(";", -1)) {
            if (!setting.isEmpty()) {
                int equals = setting.indexOf('=');
                String key = (equals < 0 ? setting : setting.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
                String value = equals < 0 ? "" : setting.substring(equals + 1).strip();
                if (key.equals("USER") || key.equals("PASSWORD")) {
                    throw refused(given, at, credentialsMessage());
                }
                if (!H2_ALLOWED.contains(key)) {
                    throw refused(given, at, "--db: the H2 setting " + key + " is not allowed (allowed: "
                            + String.join(", ", new java.util.TreeSet<>(H2_ALLOWED)) + ")");
                }
                if (key.equals("WRITE_DELAY") && !value.equals("0")) {
                    throw refused(given, at, "--db: WRITE_DELAY must be 0 (a committed step must be on disk when reported)");
                }
            }
            at += setting.length() + 1;
        }
        return given;
    }

    private static void checkPostgres(String given) {
        int authority = given.indexOf("//");
        int query = given.indexOf('?');
        if (authority >= 0) {
            int end = given.indexOf('/', authority + 2);
            int stop = end < 0 ? (query < 0 ? given.length() : query) : end;
            int at = given.indexOf('@', authority + 2);
            if (at >= 0 && at < stop) {
                throw refused(given, authority + 3, credentialsMessage());
            }
        }
        if (query < 0) {
            return;
        }
        int at = query + 1;
        for (String parameter : given.substring(query + 1).split("&", -1)) {
            int equals = parameter.indexOf('=');
            String key = (equals < 0 ? parameter : parameter.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            if (key.equals("user") || key.equals("password")) {
                throw refused(given, at, credentialsMessage());
            }
            at += parameter.length() + 1;
        }
    }

    private static String credentialsMessage() {
        return "--db must not carry a user or password; set $" + StoreOptions.USER_VARIABLE + " and $"
                + StoreOptions.PASSWORD_VARIABLE;
    }

    private static StorageException refused(String given, int position, String message) {
        // the URL itself is not echoed: a refused one may hold a secret the user meant to keep
        return new StorageException(StorageException.Reason.BAD_CONFIG, "--db", position,
                message + " (position " + position + " of --db)", null);
    }

    /**
     * Describes the URL without its settings (a {@code CIPHER} or other value stays out of output).
     *
     * @return the URL up to its first {@code ;} or {@code ?}
     */
    @Override
    public String toString() {
        int end = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end);
    }
}
