package org.skillcert.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.annotation.Nullable;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.jdbc.JdbcStorageProvider;
import picocli.CommandLine.Option;

/**
 * The options every subcommand that touches the database shares: where the database is and who is
 * acting.
 *
 * <p>By default the database is an embedded H2 file, {@code skillcert.mv.db} in the workspace
 * (written with no write delay, so a committed step survives a crash). {@code --db
 * jdbc:postgresql://host/db} uses PostgreSQL instead; the user and password come from the
 * environment variables {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}, never from the
 * command line (where other users of the machine could read them in the process list), so a URL
 * carrying {@code user=} or {@code password=} is refused. A workspace folder the CLI creates is
 * private to its owner on POSIX file systems (see {@code createWorkspace}). {@code --schema
 * validate} opens a database whose tables a DBA made from the shipped DDL without creating
 * anything (the adapter's {@code schema} setting).
 */
final class StoreOptions {
    /** The environment variable with the database user. */
    static final String USER_VARIABLE = "SKILLCERT_DB_USER";
    /** The environment variable with the database password. */
    static final String PASSWORD_VARIABLE = "SKILLCERT_DB_PASSWORD";
    /** The environment variable naming the person acting, when {@code --actor} is not given. */
    static final String ACTOR_VARIABLE = "SKILLCERT_ACTOR";

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "Folder of the embedded database (skillcert.mv.db) and default output (default: current folder).")
    Path workspace;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost/skillcert;"
                    + " user and password from $" + USER_VARIABLE + " and $" + PASSWORD_VARIABLE + ".")
    @Nullable
    String db;

    @Option(names = "--schema", paramLabel = "MODE", defaultValue = "create",
            description = "What to do with the tables on first use: create (default: create or upgrade them),"
                    + " validate (a database your DBA owns: create nothing, check every table and column) or none.")
    String schema;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Who does this, recorded in the ledger (default: $" + ACTOR_VARIABLE + ", else the login name).")
    @Nullable
    String actor;

    /**
     * Returns who is acting.
     *
     * @param parent the command, for the environment
     * @return the actor's name
     */
    String actor(SkillcertCommand parent) {
        if (actor != null && !actor.isBlank()) {
            return actor.strip();
        }
        String fromEnvironment = parent.environment(ACTOR_VARIABLE);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.strip()
                : System.getProperty("user.name", "skillcert");
    }

    /**
     * Describes the database without any secret, for summaries.
     *
     * @return the H2 file or the JDBC URL
     */
    String describe() {
        return db != null ? DatabaseUrl.of(db, false).toString() : "embedded H2, " + h2File() + ".mv.db";
    }

    private Path h2File() {
        return workspace.toAbsolutePath().normalize().resolve("skillcert");
    }

    /**
     * Opens the storage for a command that writes; the embedded database and its workspace are
     * created when missing.
     *
     * @param parent the command, for the environment
     * @return the storage, to be closed by the caller
     * @throws StorageException {@code BAD_CONFIG} for an unsupported URL or credentials in it,
     *     {@code DATABASE} when the database cannot be reached
     */
    OpenStore open(SkillcertCommand parent) {
        return open(parent, false);
    }

    /**
     * Opens the storage for a command that only reads (or can only work on data already recorded):
     * a workspace or database that does not exist is refused and nothing is created, so that a
     * typo in {@code --workspace} is not answered with an empty report.
     *
     * @param parent the command, for the environment
     * @return the storage, to be closed by the caller
     * @throws StorageException {@code BAD_CONFIG} when there is no skillcert database there, else
     *     as {@link #open(SkillcertCommand)}
     */
    OpenStore openExisting(SkillcertCommand parent) {
        return open(parent, true);
    }

    private OpenStore open(SkillcertCommand parent, boolean mustExist) {
        EmbeddedFile embedded = db == null ? new EmbeddedFile(h2File()) : null;
        if (embedded != null && mustExist && !embedded.exists()) {
            throw new StorageException(StorageException.Reason.BAD_CONFIG, "--workspace", 0,
                    "no skillcert database in " + workspace.toAbsolutePath().normalize() + " (" + embedded.file()
                            + " does not exist); check --workspace, or start with a command that records something", null);
        }
        ConnectionPool dataSource = ConnectionPool.of(dataSource(parent, mustExist));
        Connection keeper = null;
        try {
            if (embedded != null && !mustExist) {
                createWorkspace(workspace);
                embedded.createPrivate();
            }
            // an embedded database closes with its last connection; keep one open meanwhile so each
            // step does not reopen the file. The keeper is also how a missing database is found.
            keeper = dataSource.getConnection();
            if (mustExist && !hasSchema(keeper)) {
                throw new StorageException(StorageException.Reason.BAD_CONFIG, describe(), 0,
                        "no skillcert data in " + describe() + "; check --workspace or --db", null);
            }
            Storage storage = new JdbcStorageProvider().open(StorageConfig.of(dataSource).with("schema", schema));
            return new OpenStore(storage, keeper, dataSource, mustExist ? null : embedded);
        } catch (SQLException | java.io.IOException e) {
            closeQuietly(keeper);
            dataSource.close();
            throw new StorageException(StorageException.Reason.DATABASE, describe(), 0,
                    "cannot open the database " + describe() + ": " + OpenFailure.explain(e), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            dataSource.close();
            throw e;
        }
    }

    /**
     * Refuses a workspace the embedded database cannot be put in safely: H2 reads everything after
     * a {@code ;} in its URL as settings ({@code ;INIT=} even runs SQL), so a path with one would
     * inject settings into the URL built from it.
     *
     * @param workspace the workspace folder as given
     * @throws StorageException {@code BAD_CONFIG} naming {@code --workspace} and the 1-based
     *     position of the first {@code ;} in the absolute path
     */
    static void checkWorkspace(Path workspace) {
        String path = workspace.toAbsolutePath().normalize().toString();
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            throw new StorageException(StorageException.Reason.BAD_CONFIG, path, semicolon + 1,
                    "--workspace must not contain ';' (the embedded database URL would read what follows as settings)",
                    null);
        }
    }

    /**
     * Creates the workspace folder if it does not exist yet; on a POSIX file system the folders
     * created are readable by their owner only (rwx------), because the database and the exports
     * in them hold full ID numbers. An existing folder is left as it is: its permissions are the
     * user's choice.
     *
     * @param workspace the folder
     * @return the folder
     * @throws java.io.IOException if it cannot be created
     */
    static Path createWorkspace(Path workspace) throws java.io.IOException {
        if (Files.isDirectory(workspace)) {
            return workspace;
        }
        if (workspace.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(workspace,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createDirectories(workspace);
    }

    private DataSource dataSource(SkillcertCommand parent, boolean mustExist) {
        if (db == null) {
            checkWorkspace(workspace);
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(DatabaseUrl.embedded(h2File(), mustExist).url());
            return h2;
        }
        DatabaseUrl url = DatabaseUrl.of(db, mustExist);
        if (url.kind() == DatabaseUrl.Kind.POSTGRESQL) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url.url());
            String user = parent.environment(USER_VARIABLE);
            String password = parent.environment(PASSWORD_VARIABLE);
            if (user != null) {
                postgres.setUser(user);
            }
            if (password != null) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url.url());
        h2.setUser(orEmpty(parent.environment(USER_VARIABLE)));
        h2.setPassword(orEmpty(parent.environment(PASSWORD_VARIABLE)));
        return h2;
    }

    /** Tells whether the skillcert tables exist, without creating them. */
    private static boolean hasSchema(Connection connection) throws SQLException {
        try (java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if ("skillcert_schema_version".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one to report
            }
        }
    }

    /**
     * An open store: the three ports, the data source (for reports that read the database
     * directly) and, for the embedded database, the connection that keeps it open.
     */
    static final class OpenStore implements AutoCloseable {
        private final Storage storage;
        @Nullable
        private final Connection keeper;
        private final DataSource dataSource;
        @Nullable
        private final EmbeddedFile compactOnClose;

        OpenStore(Storage storage, @Nullable Connection keeper, DataSource dataSource,
                @Nullable EmbeddedFile compactOnClose) {
            this.storage = storage;
            this.keeper = keeper;
            this.dataSource = dataSource;
            this.compactOnClose = compactOnClose;
        }

        Storage storage() {
            return storage;
        }

        Sequencer sequencer() {
            return storage.sequencer();
        }

        StockLedger ledger() {
            return storage.ledger();
        }

        CertificateRegistry registry() {
            return storage.registry();
        }

        DataSource dataSource() {
            return dataSource;
        }

        /**
         * Closes the storage; the embedded database of a command that wrote is compacted (H2
         * otherwise gives free space back only partly, and a file that held a large batch stays
         * large) and keeps its private permissions.
         */
        @Override
        public void close() {
            storage.close();
            if (compactOnClose != null && keeper != null) {
                compactOnClose.compactAndClose(keeper);
            } else {
                closeQuietly(keeper);
            }
            if (dataSource instanceof ConnectionPool) {
                ((ConnectionPool) dataSource).close();
            }
        }
    }
}
