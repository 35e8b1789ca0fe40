package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.StorageProvider;

class JdbcStorageTest {

    private static TestPool h2() throws Exception {
        return Databases.h2(Databases.h2File("storage"), 2);
    }

    @Test
    void tablePrefixesAreValidatedBeforeTheyReachSql() throws Exception {
        TestPool pool = h2();
        String[][] bad = {{"", "1"}, {"Skillcert_", "1"}, {"1x", "1"}, {"sc;drop table x", "3"},
            {"sc-x", "3"}, {"abcdefghijklmnopqrstu", "21"}};
        for (String[] b : bad) {
            StorageException e = assertThrows(StorageException.class,
                    () -> new JdbcStorage(pool, b[0], Clock.systemUTC()));
            assertEquals(StorageException.Reason.BAD_TABLE_PREFIX, e.reason(), b[0]);
            assertEquals(Integer.parseInt(b[1]), e.position(), b[0]);
        }
    }

    @Test
    void theSchemaIsCreatedOnFirstUseAndANewerOneIsRefused() throws Exception {
        TestPool pool = h2();
        String prefix = Databases.freshPrefix();
        JdbcStorage storage = new JdbcStorage(pool, prefix, Clock.systemUTC());
        assertEquals(1, storage.sequencer().next("S000044012001263", "first"));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + prefix + "schema_version (version) VALUES (3)");
        }
        StorageException e = assertThrows(StorageException.class,
                () -> new JdbcStorage(pool, prefix, Clock.systemUTC()).sequencer().peek("S000044012001263"));
        assertEquals(StorageException.Reason.SCHEMA_TOO_NEW, e.reason());
        assertEquals("3", e.input());
        pool.closeIdle();
    }

    @Test
    void theServiceLoaderChoosesJdbcForADataSource() throws Exception {
        TestPool pool = h2();
        try (Storage storage = StorageProvider.load(StorageConfig.of(pool).with("tablePrefix",
                Databases.freshPrefix()))) {
            assertInstanceOf(JdbcStorage.class, storage);
            assertEquals(1, storage.sequencer().next("S000044012001263", "via-loader"));
        }
        StorageException e = assertThrows(StorageException.class,
                () -> StorageProvider.load(StorageConfig.of(pool).with("tablePrefix", "Bad")));
        assertEquals(StorageException.Reason.BAD_TABLE_PREFIX, e.reason());
        pool.closeIdle();
    }

    @Test
    void aVersion1DatabaseIsBroughtToVersion2AndItsCertificatesCountAsDocumented() throws Exception {
        TestPool pool = h2();
        String prefix = Databases.freshPrefix();
        JdbcStorage before = new JdbcStorage(pool, prefix, Clock.systemUTC());
        org.skillcert.spi.CertificateRecord old = org.skillcert.spi.CertificateRecord.issued("S000044012001263000001", "张三",
                "居民身份证", "440101199001011234", "电工", "--", 3, java.time.LocalDate.of(2026, 3, 1), "广州市某技师学院", 0,
                "R-1", null);
        before.registry().put(old, "clerk");
        // what the previous release left: no version-2 tables, version 1 recorded
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE " + prefix + "document_awaited");
            s.executeUpdate("DROP TABLE " + prefix + "print_page");
            s.executeUpdate("DROP TABLE " + prefix + "print_run");
            s.executeUpdate("DELETE FROM " + prefix + "schema_version WHERE version = 2");
        }
        JdbcStorage after = new JdbcStorage(pool, prefix, Clock.systemUTC());
        assertEquals(java.util.List.of(), after.registry().awaitingDocument(10));
        assertEquals(old, after.registry().byNumber(old.number()).orElseThrow());
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + prefix + "schema_version")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
        pool.closeIdle();
    }
}
