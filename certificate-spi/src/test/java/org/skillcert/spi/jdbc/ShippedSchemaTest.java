package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.StorageProvider;

/**
 * The shipped DDL ({@code org/skillcert/spi/jdbc/schema/<dialect>/V<n>__skillcert.sql}) is the one
 * source of the adapter's tables, and the {@code schema} setting's three modes.
 */
class ShippedSchemaTest {

    private static TestPool h2() {
        return Databases.h2(Databases.h2File("schema"), 2);
    }

    /** Runs the shipped files whole, one script per file, as psql or Flyway would. */
    private static void runShipped(DataSource db, boolean h2, String prefix, int upTo) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (int v = 1; v <= upTo; v++) {
                s.execute(SchemaScripts.text(h2, v).replace("${prefix}", prefix));
            }
        }
    }

    /** The catalogue of one prefix, prefix removed: every column with type and nullability, every index. */
    private static List<String> catalogue(DataSource db, boolean h2, String prefix) throws SQLException {
        List<String> out = new ArrayList<>();
        String like = prefix.replace("_", "\\_") + "%";
        String columns = "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length"
                + " FROM information_schema.columns WHERE LOWER(table_name) LIKE ? ESCAPE '\\'"
                + " ORDER BY table_name, ordinal_position";
        String indexes = h2
                ? "SELECT index_name, table_name FROM information_schema.indexes WHERE LOWER(table_name) LIKE ? ESCAPE '\\'"
                        + " ORDER BY index_name"
                : "SELECT indexname, tablename FROM pg_indexes WHERE tablename LIKE ? ESCAPE '\\' ORDER BY indexname";
        try (Connection c = db.getConnection()) {
            for (String sql : List.of(columns, indexes)) {
                List<String> rows = new ArrayList<>();
                try (var p = c.prepareStatement(sql)) {
                    p.setString(1, like);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                String v = String.valueOf(rs.getString(i)).toLowerCase(Locale.ROOT);
                                row.append(v.replace(prefix, "<p>")).append(' ');
                            }
                            // H2 names the indexes behind primary keys and unique constraints itself
                            rows.add(row.toString().strip().replaceAll("^primary_key_\\w+", "primary_key")
                                    .replaceAll("_index_\\w+ ", "_index "));
                        }
                    }
                }
                if (sql.equals(indexes)) {
                    rows.sort(null);   // after H2's generated names are normalised
                }
                out.addAll(rows);
            }
            for (String table : List.of("schema_version", "ledger_head")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + prefix + table)) {
                    while (rs.next()) {
                        out.add((table + " row " + rs.getString(1) + " "
                                + (rs.getMetaData().getColumnCount() > 1 ? rs.getString(3) : "")).strip());
                    }
                } catch (SQLException noTable) {
                    // nothing created under this prefix: the column and index lists above are empty too
                }
            }
        }
        return out;
    }

    private static void theAdapterCreatesWhatTheFilesCreate(DataSource db, boolean h2) throws SQLException {
        String byFiles = Databases.freshPrefix();
        runShipped(db, h2, byFiles, Database.SCHEMA_VERSION);
        String byAdapter = Databases.freshPrefix();
        new JdbcStorage(db, byAdapter, Clock.systemUTC()).sequencer().peek("S000044012001263");
        List<String> expected = catalogue(db, h2, byFiles);
        assertTrue(expected.size() > 60, "the catalogue query sees the tables: " + expected);
        assertEquals(expected, catalogue(db, h2, byAdapter));
        assertTrue(expected.contains("schema_version row 2"), expected.toString());
    }

    @Test
    void theAdapterCreatesExactlyWhatTheShippedFilesCreateOnH2() throws Exception {
        TestPool pool = h2();
        theAdapterCreatesWhatTheFilesCreate(pool, true);
        pool.closeIdle();
    }

    @Test
    void theAdapterCreatesExactlyWhatTheShippedFilesCreateOnPostgres() throws Exception {
        TestPool pool = Databases.postgres(2);
        theAdapterCreatesWhatTheFilesCreate(pool, false);
        pool.closeIdle();
    }

    @Test
    void theAdapterHoldsNoDdlOfItsOwn() throws IOException {
        Path sources = Path.of("src", "main", "java", "org", "skillcert", "spi", "jdbc");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.filter(f -> !f.endsWith("SchemaScripts.java")).toList()) {
                String text = Files.readString(f).toUpperCase(Locale.ROOT);
                assertFalse(text.contains("CREATE TABLE") || text.contains("CREATE INDEX") || text.contains("ALTER TABLE"),
                        f + " holds DDL; the schema's one source is the V<n>__skillcert.sql resources");
            }
        }
    }

    @Test
    void theShippedFilesAreIdempotentAndTheDialectsAgree() throws Exception {
        TestPool pool = h2();
        String prefix = Databases.freshPrefix();
        runShipped(pool, true, prefix, Database.SCHEMA_VERSION);
        runShipped(pool, true, prefix, Database.SCHEMA_VERSION);   // a second run changes nothing
        assertEquals(catalogue(pool, true, prefix).size(), catalogue(pool, true, prefix).size());
        for (int v = 1; v <= Database.SCHEMA_VERSION; v++) {
            // the two dialects' statements are the same today; each file stays runnable on its own database
            assertEquals(SchemaScripts.split(SchemaScripts.text(true, v)), SchemaScripts.split(SchemaScripts.text(false, v)));
        }
        pool.closeIdle();
    }

    @Test
    void validateCreatesNothingAndNamesWhatIsMissingOrOld() throws Exception {
        TestPool pool = h2();
        String none = Databases.freshPrefix();
        StorageException missing = assertThrows(StorageException.class,
                () -> new JdbcStorage(pool, none, Clock.systemUTC(), SchemaMode.VALIDATE).sequencer().peek("S000044012001263"));
        assertEquals(StorageException.Reason.SCHEMA_MISSING, missing.reason());
        assertEquals(none + "schema_version", missing.input());
        assertTrue(missing.getMessage().contains("V1__skillcert.sql"), missing.getMessage());
        assertEquals(List.of(), catalogue(pool, true, none));   // validate created nothing

        String v1 = Databases.freshPrefix();
        runShipped(pool, true, v1, 1);
        StorageException old = assertThrows(StorageException.class,
                () -> new JdbcStorage(pool, v1, Clock.systemUTC(), SchemaMode.VALIDATE).ledger().counts());
        assertEquals(StorageException.Reason.SCHEMA_OUTDATED, old.reason());
        assertEquals(v1 + "schema_version", old.input());
        assertTrue(old.getMessage().contains("V2__skillcert.sql"), old.getMessage());

        String noColumn = Databases.freshPrefix();
        runShipped(pool, true, noColumn, Database.SCHEMA_VERSION);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + noColumn + "ledger DROP COLUMN witness2");
        }
        StorageException column = assertThrows(StorageException.class,
                () -> new JdbcStorage(pool, noColumn, Clock.systemUTC(), SchemaMode.VALIDATE).ledger().counts());
        assertEquals(StorageException.Reason.SCHEMA_MISSING, column.reason());
        assertEquals(noColumn + "ledger.witness2", column.input());

        String newer = Databases.freshPrefix();
        runShipped(pool, true, newer, Database.SCHEMA_VERSION);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + newer + "schema_version (version) VALUES (3)");
        }
        StorageException tooNew = assertThrows(StorageException.class,
                () -> new JdbcStorage(pool, newer, Clock.systemUTC(), SchemaMode.VALIDATE).ledger().counts());
        assertEquals(StorageException.Reason.SCHEMA_TOO_NEW, tooNew.reason());

        String good = Databases.freshPrefix();
        runShipped(pool, true, good, Database.SCHEMA_VERSION);
        assertEquals(1, new JdbcStorage(pool, good, Clock.systemUTC(), SchemaMode.VALIDATE).sequencer()
                .next("S000044012001263", "validated"));
        pool.closeIdle();
    }

    @Test
    void noneNeitherCreatesNorChecksAndTheSettingIsReadByTheProvider() throws Exception {
        TestPool pool = h2();
        String prefix = Databases.freshPrefix();
        try (Storage storage = StorageProvider.load(StorageConfig.of(pool).with("tablePrefix", prefix).with("schema", "none"))) {
            StorageException e = assertThrows(StorageException.class, () -> storage.sequencer().peek("S000044012001263"));
            assertEquals(StorageException.Reason.DATABASE, e.reason());   // no table: the query itself fails
        }
        assertEquals(List.of(), catalogue(pool, true, prefix));
        try (Storage storage = StorageProvider.load(StorageConfig.of(pool).with("tablePrefix", prefix).with("schema", "VALIDATE"))) {
            assertEquals(StorageException.Reason.SCHEMA_MISSING,
                    assertThrows(StorageException.class, () -> storage.ledger().counts()).reason());
        }
        StorageException bad = assertThrows(StorageException.class,
                () -> StorageProvider.load(StorageConfig.of(pool).with("schema", "drop")));
        assertEquals(StorageException.Reason.BAD_CONFIG, bad.reason());
        assertEquals("drop", bad.input());
        pool.closeIdle();
    }
}
