package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOptionsTest {
    @TempDir
    Path dir;

    // security: the workspace path goes into the H2 URL, where ';' starts settings (INIT= runs SQL)
    @Test
    void aWorkspaceWithASemicolonIsAUsageError() throws IOException {
        String injected = dir.resolve("ws;INIT=RUNSCRIPT FROM 'x.sql'").toString();
        Cli stock = Cli.run("stock", "report", "--workspace", injected);
        assertEquals(2, stock.exitCode(), stock.err());
        assertTrue(stock.err().contains("--workspace"), stock.err());
        Cli demo = Cli.run("demo", "--workspace", dir.resolve("demo;TRACE_LEVEL_FILE=3").toString());
        assertEquals(2, demo.exitCode(), demo.err());
        assertTrue(demo.err().contains("--workspace"), demo.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written for a refused workspace");
        }
    }

    private static final String[] RECEIVE = {"stock", "receive", "--sheets", "00010001-00010010", "--reference", "PO-1"};

    private static String[] receiveIn(Path workspace) {
        return Cli.in(workspace, RECEIVE);
    }

    @Test
    void aWorkspaceWithoutASemicolonIsAccepted() {
        Cli stock = Cli.run(receiveIn(dir.resolve("plain")));
        assertEquals(0, stock.exitCode(), stock.err());
        assertFalse(stock.err().contains("--workspace"), stock.err());
    }

    // issue 15's schema setting from the command line: a DBA-owned database is opened with
    // --schema validate, which creates nothing and names what is missing
    @Test
    void schemaValidateOpensAnExistingDatabaseAndCreatesNothingInAnEmptyOne() {
        Path made = dir.resolve("made");
        assertEquals(0, Cli.run(receiveIn(made)).exitCode());
        Cli report = Cli.run(Cli.in(made, "stock", "report", "--schema", "validate"));
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("received 10, in stock 10"), report.out());

        Path empty = dir.resolve("empty");
        Cli refused = Cli.run(Cli.in(empty, "stock", "receive", "--sheets", "00010001-00010010", "--reference", "PO-1",
                "--schema", "validate"));
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("skillcert_"), "names the missing table: " + refused.err());
        Cli after = Cli.run(Cli.in(empty, "stock", "report"));
        assertEquals(2, after.exitCode(), "validate created no tables: " + after.out() + after.err());
    }

    @Test
    void anUnknownSchemaModeIsASetupError() {
        Cli bad = Cli.run(Cli.in(dir.resolve("ws"), "stock", "receive", "--sheets", "00010001-00010010", "--reference",
                "PO-1", "--schema", "drop"));
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("create, validate or none"), bad.err());
    }

    // privacy: the database holds full ID numbers, so a workspace the CLI creates is the owner's only
    @Test
    void aWorkspaceTheCliCreatesIsPrivateOnPosix() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path created = dir.resolve("new").resolve("ws");
        Cli stock = Cli.run(receiveIn(created));
        assertEquals(0, stock.exitCode(), stock.err());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created.getParent())));
    }

    @Test
    void anExistingWorkspaceKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path existing = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-x---"));
        Cli stock = Cli.run(receiveIn(existing));
        assertEquals(0, stock.exitCode(), stock.err());
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
    }

    // issue 10: a read-only command on a typo'd workspace used to create an empty database and report zeros
    @Test
    void readOnlyCommandsOnAMissingWorkspaceExitTwoAndCreateNothing() {
        Path typo = dir.resolve("shcool");
        String[][] commands = {
            {"stock", "report"},
            {"report", "--from", "2026-01-01", "--to", "2026-12-31"},
            {"export", "--from", "2026-01-01", "--to", "2026-12-31"},
            {"revoke", "--number", "S000044012017263000001", "--reason", "r", "--authority", "a",
                "--institution", dir.resolve("none.properties").toString()},
            // these write into a certificate or application already recorded: a typo is refused the same way,
            // and their default output folder (the workspace) is not made either
            {"correct", "--number", "S000044012017263000001", "--reason", "r", "--approval", "A-1",
                "--queryable-date", "2026-10-16", "--photo", dir.resolve("p.jpg").toString(),
                "--institution", dir.resolve("none.properties").toString()},
            {"replace", "accept", "--number", "S000044012017263000001", "--name", "张三",
                "--id-number", "440101199001011234", "--phone", "13800000000",
                "--institution", dir.resolve("none.properties").toString()},
            {"replace", "prove", "--application", "A-1", "--institution", dir.resolve("none.properties").toString()},
            {"verify", dir.resolve("S000044012017263000001.pdf").toString(), "--registry"},
        };
        for (String[] command : commands) {
            Cli run = Cli.run(Cli.in(typo, command));
            assertEquals(2, run.exitCode(), String.join(" ", command) + ": " + run.err());
            assertTrue(run.err().contains("no skillcert database in " + typo), run.err());
            assertFalse(Files.exists(typo), String.join(" ", command) + " created " + typo);
        }
    }

    @Test
    void aReadOnlyCommandOnAMissingH2DatabaseCreatesNoFolders() {
        Path missing = dir.resolve("nonexistent").resolve("dir").resolve("x");
        Cli run = Cli.run("stock", "report", "--db", "jdbc:h2:file:" + missing);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertFalse(Files.exists(dir.resolve("nonexistent")), "H2 created folders for a read-only command");
    }

    @Test
    void aReadOnlyCommandOnAnEmptyExistingDatabaseCreatesNoTables() throws Exception {
        Path file = dir.resolve("empty");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file, "", "")) {
            c.createStatement().execute("CREATE TABLE unrelated (x INT)");
        }
        Cli run = Cli.run("stock", "report", "--db", "jdbc:h2:file:" + file);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("no skillcert data"), run.err());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file, "", "");
                java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "SKILLCERT%", null)) {
            assertFalse(tables.next(), "a read-only command created the skillcert tables");
        }
    }

    // security: H2 settings in --db run SQL (INIT), write files (TRACE_LEVEL_FILE) or open ports (AUTO_SERVER)
    @Test
    void h2SettingsOutsideTheAllowListAreRefusedAndNothingIsWritten() throws IOException {
        String base = "jdbc:h2:file:" + dir.resolve("h");
        String[][] refused = {
            {";INIT=RUNSCRIPT FROM 'x.sql'", "INIT"},
            {";init=CREATE TABLE pwned(x INT)", "INIT"},
            {";TRACE_LEVEL_FILE=3", "TRACE_LEVEL_FILE"},
            {";AUTO_SERVER=TRUE", "AUTO_SERVER"},
            {";MODE=MySQL;INIT=x", "INIT"},
            {";MODE=x\\;INIT=y", "backslash"},
            {";WRITE_DELAY=500", "WRITE_DELAY must be 0"},
            {";PASSWORD=secret", "user or password"},
            {";USER=sa", "user or password"},
        };
        for (String[] r : refused) {
            for (String command : new String[] {"report", "receive"}) {
                Cli run = command.equals("report") ? Cli.run("stock", "report", "--db", base + r[0])
                        : Cli.run(append(RECEIVE, "--db", base + r[0]));
                assertEquals(2, run.exitCode(), r[0] + ": " + run.err());
                assertTrue(run.err().contains(r[1]), r[0] + ": " + run.err());
                assertFalse(run.err().contains("secret"), "the refused URL is echoed: " + run.err());
            }
        }
        Cli memory = Cli.run(append(RECEIVE, "--db", "jdbc:h2:mem:x"));
        assertEquals(2, memory.exitCode(), memory.err());
        assertTrue(memory.err().contains("in-memory"), memory.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written for a refused --db");
        }
    }

    @Test
    void allowedH2SettingsPassAndWriteDelayZeroIsAlwaysAdded() {
        Path h = dir.resolve("h");
        Cli ok = Cli.run(append(RECEIVE, "--db", "jdbc:h2:file:" + h + ";LOCK_TIMEOUT=2000;MODE=Regular"));
        assertEquals(0, ok.exitCode(), ok.err());
        for (String given : new String[] {"jdbc:h2:file:" + h, "jdbc:h2:" + h + ";LOCK_TIMEOUT=5", "jdbc:h2:tcp://localhost/~/x"}) {
            String url = DatabaseUrl.of(given, false).url();
            assertTrue(url.contains(";WRITE_DELAY=0"), url);
            assertTrue(url.contains(";TRACE_LEVEL_FILE=0"), url);
            assertFalse(url.contains("IFEXISTS"), url);
            assertTrue(DatabaseUrl.of(given, true).url().contains(";IFEXISTS=TRUE"), given);
        }
        assertTrue(DatabaseUrl.embedded(h, false).url().contains(";WRITE_DELAY=0"));
    }

    // the password check used to trip on sslpassword= (a client key's passphrase) and miss user@host
    @Test
    void theCredentialCheckIsPrecise() {
        for (String fine : new String[] {
            "jdbc:postgresql://db.school/skillcert?sslpassword=k3y&sslmode=verify-full",
            "jdbc:postgresql://db.school/skillcert?sslmode=require&ApplicationName=userland",
            "jdbc:postgresql://db.school/passwords",
        }) {
            assertEquals(DatabaseUrl.Kind.POSTGRESQL, DatabaseUrl.of(fine, false).kind(), fine);
        }
        for (String refused : new String[] {
            "jdbc:postgresql://db.school/skillcert?password=x",
            "jdbc:postgresql://db.school/skillcert?sslmode=require&user=sa",
            "jdbc:postgresql://db.school/skillcert?PASSWORD=x",
            "jdbc:postgresql://sa:x@db.school/skillcert",
        }) {
            org.skillcert.spi.StorageException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.skillcert.spi.StorageException.class, () -> DatabaseUrl.of(refused, false), refused);
            assertEquals(org.skillcert.spi.StorageException.Reason.BAD_CONFIG, e.reason());
            assertTrue(e.getMessage().contains("user or password"), e.getMessage());
            assertTrue(e.position() > 0, refused);
        }
    }

    // privacy: the database holds full ID numbers; H2 creates files under the umask, and compaction rewrites the file
    @Test
    void theEmbeddedDatabaseIsPrivateEvenInAnExistingFolder() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path existing = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
        Cli run = Cli.run(receiveIn(existing));
        assertEquals(0, run.exitCode(), run.err());
        Path db = existing.resolve("skillcert.mv.db");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        Cli again = Cli.run(Cli.in(existing, "stock", "handout", "--sheets", "00010001-00010002", "--to", "印刷室"));
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)),
                "compaction on close keeps the file private");
        try (Stream<Path> files = Files.list(existing)) {
            assertEquals(List.of("skillcert.mv.db"), files.map(p -> p.getFileName().toString()).toList(),
                    "no trace or temporary file is left beside the database");
        }
    }

    @Test
    void theDatabaseIsCompactedOnClose() throws Exception {
        Path name = dir.resolve("big");
        EmbeddedFile file = new EmbeddedFile(name);
        file.createPrivate();
        java.sql.Connection c = java.sql.DriverManager.getConnection(DatabaseUrl.embedded(name, false).url(), "", "");
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x VARCHAR(200))");
            for (int i = 0; i < 20; i++) {
                s.execute("INSERT INTO t SELECT REPEAT('x', 190) FROM SYSTEM_RANGE(1, 2000)");
                s.execute("DELETE FROM t");
            }
        }
        long before = Files.size(file.file());
        file.compactAndClose(c);
        long after = Files.size(file.file());
        assertTrue(c.isClosed());
        assertTrue(after * 4 < before, "compacted from " + before + " to " + after + " bytes");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())));
        }
    }

    // one process per workspace: the lock message used to talk about H2's server mode
    @Test
    void aLockedWorkspaceSaysAnotherProcessUsesIt() throws Exception {
        Path ws = dir.resolve("locked");
        assertEquals(0, Cli.run(receiveIn(ws)).exitCode());
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(ws.resolve("skillcert.mv.db"),
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock = channel.lock()) {
            assertTrue(lock.isValid());
            Cli run = Cli.run(Cli.in(ws, "stock", "report"));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("another skillcert process"), run.err());
            assertFalse(run.err().contains("server mode"), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
    }

    @Test
    void aWorkspaceThatCannotHoldADatabaseIsOneLine() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux only");
        Cli write = Cli.run(Cli.in(Path.of("/proc/self"), RECEIVE));
        assertEquals(2, write.exitCode(), write.err());
        assertEquals(1, write.err().strip().lines().count(), write.err());
        Cli read = Cli.run(Cli.in(Path.of("/proc/self"), "stock", "report"));
        assertEquals(2, read.exitCode(), read.err());
        assertEquals(1, read.err().strip().lines().count(), read.err());
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
