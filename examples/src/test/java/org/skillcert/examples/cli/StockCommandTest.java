package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockCommandTest {
    @TempDir
    Path dir;

    private Cli stock(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "stock";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(Map.of("SKILLCERT_ACTOR", "周敏"), Cli.in(dir, all));
    }

    private static void ok(Cli cli) {
        assertEquals(0, cli.exitCode(), cli.err());
    }

    private static void refused(Cli cli, String expectedInError) {
        assertEquals(1, cli.exitCode(), cli.out());
        assertTrue(cli.err().contains(expectedInError), cli.err());
    }

    @Test
    void everyMoveIsRecordedAndCountedAndBadMovesAreRefused() {
        // R-STK-2
        Cli received = stock("receive", "--sheets", "00010001-00010500", "--reference", "PO-2026-01", "--json");
        ok(received);
        assertTrue(received.out().startsWith("{\"entry\": 1, \"kind\": \"RECEIVED\", \"first\": 10001, \"last\": 10500,"
                + " \"sheets\": 500,"), received.out());
        refused(stock("receive", "--sheets", "10500-10600", "--reference", "PO-2"), "00010500");
        assertEquals(2, stock("receive", "--sheets", "10600-10500", "--reference", "PO-2").exitCode());
        assertEquals(2, stock("receive", "--sheets", "10600-10700").exitCode());

        // R-STK-3
        ok(stock("handout", "--sheets", "10001-10100", "--to", "打印室"));
        refused(stock("handout", "--sheets", "20001", "--to", "打印室"), "00020001");
        ok(stock("return", "--sheets", "10091-10100", "--from", "打印室"));
        refused(stock("return", "--sheets", "10091", "--from", "打印室"), "00010091");

        // R-STK-4
        ok(stock("spoil", "--sheets", "10001", "--reason", "卡纸"));
        refused(stock("spoil", "--sheets", "10001", "--reason", "again"), "00010001");
        ok(stock("lost", "--sheets", "10002", "--reason", "搬运时遗失"));
        assertEquals(2, stock("lost", "--sheets", "10003").exitCode());
        refused(stock("destroy", "--sheets", "10003", "--witness", "甲", "--witness", "乙"), "00010003");
        assertEquals(2, stock("destroy", "--sheets", "10001", "--witness", "甲").exitCode());
        ok(stock("destroy", "--sheets", "10001", "--witness", "甲", "--witness", "乙"));

        // R-STK-5: the books hold 00010003-00010500 blank (410 in stock, 88 handed out); one sheet is not found
        Cli differs = stock("count", "--found", "10003-10499");
        refused(differs, "R-STK-5");
        assertTrue(differs.out().contains("blank sheets on the books: 498, found: 497"), differs.out());
        assertTrue(differs.out().contains("missing: [00010500..00010500]"), differs.out());
        ok(stock("count", "--found", "10003-10499", "--explanation", "一张在校长室待查"));
        Cli matches = stock("count", "--found", "10003-10200,10201-10500", "--json");
        ok(matches);
        assertTrue(matches.out().contains("\"missing\": \"[]\", \"unexpected\": \"[]\""), matches.out());
        assertEquals(2, stock("count", "--found", "10500-10003").exitCode());

        Cli report = stock("report", "--from", "2026-01-01", "--to", "2099-12-31", "--json");
        ok(report);
        // conservation by hand: 500 = 410 in stock + 88 handed out (100 - 10 returned - 1 spoiled - 1 lost)
        //   + 1 lost + 1 destroyed
        assertTrue(report.out().contains("\"counts\": {\"received\": 500, \"IN_STOCK\": 410, \"HANDED_OUT\": 88,"
                + " \"PRINTED\": 0, \"SPOILED\": 0, \"LOST\": 1, \"DESTROYED\": 1,"), report.out());
        assertTrue(report.out().contains("\"conserved\": true"), report.out());
        assertTrue(report.out().contains("\"entries\": 8, \"verified\": true, \"firstBadEntry\": 0"), report.out());
        assertTrue(report.out().contains("\"spoilageRate\": 1.0"), report.out());
        Cli text = stock("report");
        ok(text);
        assertTrue(text.out().contains("verified intact"), text.out());
        // R-STK-5: the stocktake just recorded is the last one, and it covers this half year
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertTrue(text.out().contains("last stocktake: " + today), text.out());
        assertTrue(!text.out().contains("warning: no stocktake"), text.out());
        assertTrue(report.out().contains("\"lastStocktake\": \"" + today + "\", \"stocktakeThisHalfYear\": true"),
                report.out());
    }

    // R-STK-5 (§7): a half year without a stocktake is warned about in the report
    @Test
    void aHalfYearWithoutAStocktakeIsWarnedAbout(@org.junit.jupiter.api.io.TempDir java.nio.file.Path other) {
        String[] receive = {"stock", "receive", "--sheets", "00020001-00020010", "--reference", "PO-9",
            "--workspace", other.toString()};
        assertEquals(0, Cli.run(receive).exitCode());
        Cli report = Cli.run("stock", "report", "--workspace", other.toString());
        ok(report);
        assertTrue(report.out().contains("last stocktake: never"), report.out());
        assertTrue(report.out().contains("warning: no stocktake recorded in the half year "), report.out());
    }

    @Test
    void anEditedLedgerRowIsNamedByTheReport() throws SQLException {
        ok(stock("receive", "--sheets", "10001-10010", "--reference", "PO-1"));
        ok(stock("handout", "--sheets", "10001-10005", "--to", "打印室"));
        ok(stock("spoil", "--sheets", "10001", "--reason", "卡纸"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("skillcert").toAbsolutePath());
                Statement s = c.createStatement()) {
            // Guarantee 4: someone widens a hand-out in the database directly
            s.executeUpdate("UPDATE skillcert_ledger SET last_sheet = 10006 WHERE seq = 2");
        }
        Cli report = stock("report", "--json");
        assertEquals(1, report.exitCode(), report.err());
        assertTrue(report.out().contains("\"verified\": false, \"firstBadEntry\": 2, \"problem\": \"HASH_MISMATCH\""),
                report.out());
    }

    private void editLedgerRow(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("skillcert").toAbsolutePath());
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    // issue 10, R-STK-6: after a ledger row was edited in SQL, handout still recorded moves with exit 0
    @Test
    void aBrokenLedgerRefusesMovesUntilAnExplainedStocktakeAcknowledgesIt() throws SQLException {
        ok(stock("receive", "--sheets", "10001-10010", "--reference", "PO-1"));
        ok(stock("handout", "--sheets", "10001-10005", "--to", "打印室"));
        editLedgerRow("UPDATE skillcert_ledger SET last_sheet = 10006 WHERE seq = 2");

        Cli handout = stock("handout", "--sheets", "10007", "--to", "打印室");
        refused(handout, "fails verification at entry #2");
        assertEquals(1, handout.err().strip().lines().count(), handout.err());
        refused(stock("receive", "--sheets", "20001-20010", "--reference", "PO-2"), "entry #2");
        // a count without an explanation does not acknowledge, even when it matches the books
        Cli unexplained = stock("count", "--found", "10006-10010", "--json");
        assertEquals(1, unexplained.exitCode(), unexplained.err());
        assertTrue(unexplained.out().contains("\"entry\": null"), unexplained.out());
        assertTrue(unexplained.out().contains("\"recorded\": false"), unexplained.out());
        Cli report = stock("report", "--json");
        assertTrue(report.out().contains("\"entries\": 2,"), "nothing was recorded: " + report.out());

        ok(stock("count", "--found", "10006-10010", "--explanation", "账实核对：#2 被改，实物 10006-10010 在库"));
        ok(stock("handout", "--sheets", "10007", "--to", "打印室"));
        Cli still = stock("report", "--json");
        assertEquals(1, still.exitCode(), "the bad entry stays reported: " + still.out());
        assertTrue(still.out().contains("\"firstBadEntry\": 2"), still.out());

        // an edit after the acknowledgement is caught again
        editLedgerRow("UPDATE skillcert_ledger SET custodian = 'x' WHERE seq = 4");
        refused(stock("handout", "--sheets", "10008", "--to", "打印室"), "fails verification at entry #4");
    }

    // issue 10: stock count --json printed no JSON when the count differed
    @Test
    void aCountThatDiffersStillPrintsItsJson() {
        ok(stock("receive", "--sheets", "10001-10010", "--reference", "PO-1"));
        Cli differs = stock("count", "--found", "10001-10009", "--json");
        assertEquals(1, differs.exitCode(), differs.err());
        assertTrue(differs.out().startsWith("{\"onBooks\": 10, \"found\": 9, \"missing\": \"[00010010..00010010]\""),
                differs.out());
        assertTrue(differs.out().contains("\"matches\": false, \"recorded\": false"), differs.out());
        assertTrue(differs.err().contains("R-STK-5"), differs.err());
    }

    @Test
    void theDatabaseOptionTakesNoCredentialsAndOnlyKnownDatabases() {
        Cli withPassword = Cli.run("stock", "report", "--db", "jdbc:postgresql://localhost/x?password=secret");
        assertEquals(2, withPassword.exitCode());
        assertTrue(withPassword.err().contains("SKILLCERT_DB_PASSWORD"), withPassword.err());
        assertTrue(!withPassword.err().contains("secret"), "the refusal does not echo the password");
        assertEquals(2, Cli.run("stock", "report", "--db", "jdbc:mysql://localhost/x").exitCode());
        String other = "jdbc:h2:file:" + dir.resolve("other").toAbsolutePath();
        // a read-only command does not create the database (issue 10); a move does
        assertEquals(2, Cli.run(Map.of("SKILLCERT_DB_USER", "sa"), "stock", "report", "--db", other).exitCode());
        Cli received = Cli.run(Map.of("SKILLCERT_DB_USER", "sa"), "stock", "receive", "--sheets", "00000001",
                "--reference", "PO", "--db", other);
        assertEquals(0, received.exitCode(), received.err());
        Cli h2 = Cli.run(Map.of("SKILLCERT_DB_USER", "sa"), "stock", "report", "--db", other);
        assertEquals(0, h2.exitCode(), h2.err());
        assertTrue(h2.out().contains("ledger: 1 entries"), h2.out());
        assertEquals(2, Cli.run("stock").exitCode());
    }
}
