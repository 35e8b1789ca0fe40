package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.SequencerException;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.contract.SequencerContract;

/**
 * Guarantee 1 and R-NUM-5 when the counter row is behind the request table, back at a value it
 * held: the state H2's lost update leaves (see {@link JdbcSequencer}'s class comment), or a counter
 * table restored from an older backup than the request table. The request rows decide; the scope
 * is never stuck.
 */
class CounterBehindTest {
    private static final String SCOPE = "S000044012001261";

    private static DataSource database(String kind) {
        return kind.equals("h2") ? Databases.h2(Databases.h2File("behind"), 8) : Databases.postgres(8);
    }

    private static void setCounter(DataSource db, String prefix, int value) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement p = c.prepareStatement("UPDATE " + prefix + "counter SET last_serial = ? WHERE scope = ?")) {
            p.setInt(1, value);
            p.setString(2, SCOPE);
            assertEquals(1, p.executeUpdate());
        }
    }

    private static void deleteCounter(DataSource db, String prefix) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement p = c.prepareStatement("DELETE FROM " + prefix + "counter WHERE scope = ?")) {
            p.setString(1, SCOPE);
            assertEquals(1, p.executeUpdate());
        }
    }

    private static int counter(DataSource db, String prefix) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT last_serial FROM " + prefix + "counter WHERE scope = ?")) {
            p.setString(1, SCOPE);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), "the counter row exists");
                return rs.getInt(1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aCounterBehindTheRequestsIsRaisedToThem(String kind) throws SQLException {
        DataSource db = database(kind);
        String prefix = Databases.freshPrefix();
        Sequencer sequencer = new JdbcStorage(db, prefix, Clock.systemUTC()).sequencer();
        assertEquals(new SerialBlock(SCOPE, 1, 3, "a"), sequencer.reserve(SCOPE, 3, "a"));
        assertEquals(4, sequencer.next(SCOPE, "b"));
        assertEquals(5, sequencer.next(SCOPE, "c"));

        setCounter(db, prefix, 3); // two bumps lost: the counter is back at a value it held
        assertEquals(5, sequencer.peek(SCOPE), "peek answers from the request rows");
        assertEquals(5, sequencer.voidSerial(SCOPE, 5, "jammed", "clerk").serial(), "serial 5 was handed out");
        assertEquals(new SerialBlock(SCOPE, 1, 3, "a"), sequencer.reserve(SCOPE, 3, "a"), "a repeat is unchanged");
        assertEquals(4, sequencer.next(SCOPE, "b"));
        assertEquals(6, sequencer.next(SCOPE, "d"), "the next serial follows the last one handed out, not the counter");
        assertEquals(6, counter(db, prefix), "the raise was kept");
        assertEquals(new SerialBlock(SCOPE, 7, 2, "e"), sequencer.reserve(SCOPE, 2, "e"));
        assertEquals(8, sequencer.peek(SCOPE));

        setCounter(db, prefix, 0); // as if the counter row came from a backup taken before the first request
        assertEquals(9, sequencer.next(SCOPE, "f"));
        assertEquals(9, sequencer.peek(SCOPE));
        assertEquals(9, counter(db, prefix));

        // as if the counter table came from a backup taken before the scope existed: no row at all
        deleteCounter(db, prefix);
        assertEquals(9, sequencer.peek(SCOPE), "peek answers from the request rows");
        assertEquals(9, sequencer.voidSerial(SCOPE, 9, "jammed", "clerk").serial(), "serial 9 was handed out");
        assertEquals(new SerialBlock(SCOPE, 7, 2, "e"), sequencer.reserve(SCOPE, 2, "e"), "a repeat is unchanged");
        assertEquals(10, sequencer.next(SCOPE, "g"));
        assertEquals(10, counter(db, prefix), "the counter row was created at the request rows' last serial");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theRequestsDecideExhaustion(String kind) throws SQLException { // R-NUM-5: serials never wrap around
        DataSource db = database(kind);
        String prefix = Databases.freshPrefix();
        Sequencer sequencer = new JdbcStorage(db, prefix, Clock.systemUTC()).sequencer();
        sequencer.next(SCOPE, "first"); // creates the counter row
        setCounter(db, prefix, Sequencer.MAX_SERIAL - 10); // a jump, so that the test need not hand out a million
        assertEquals(new SerialBlock(SCOPE, Sequencer.MAX_SERIAL - 9, 9, "big"), sequencer.reserve(SCOPE, 9, "big"));
        setCounter(db, prefix, Sequencer.MAX_SERIAL - 10); // the bump of "big" lost
        assertEquals(Sequencer.MAX_SERIAL - 1, sequencer.peek(SCOPE));
        SequencerException e = assertThrows(SequencerException.class, () -> sequencer.reserve(SCOPE, 2, "over"));
        assertEquals(SequencerException.Reason.EXHAUSTED, e.reason());
        assertEquals(Sequencer.MAX_SERIAL, sequencer.next(SCOPE, "last"));
        assertEquals(Sequencer.MAX_SERIAL, sequencer.peek(SCOPE));

        deleteCounter(db, prefix);
        assertEquals(SequencerException.Reason.EXHAUSTED,
                assertThrows(SequencerException.class, () -> sequencer.next(SCOPE, "after")).reason(),
                "a lost counter row does not start the scope again at 1");
    }

    /**
     * Every request repeated at once by its caller, on four threads and two scopes of one H2 file:
     * each repeat bumps the counter and rolls back, the rollback that makes H2 lose committed bumps.
     * A stress test of the whole path under H2's real lost updates: before the counter was raised,
     * the contract's milder version (one request in five repeated) stranded a scope in about one
     * run in six; a throwaway loop of 100 such runs now raised a counter 17 times and stranded none.
     * It does not fail on every run without the raise; the two tests above do.
     */
    @Test
    void repeatedRequestsUnderContentionNeverStrandAScope() throws Exception {
        DataSource db = Databases.h2(Databases.h2File("repeats"), 8);
        for (int run = 0; run < 5; run++) {
            Sequencer sequencer = new JdbcStorage(db, Databases.freshPrefix(), Clock.systemUTC()).sequencer();
            SequencerContract.requestConcurrently(sequencer, 4, 150, 1, SCOPE, "S000044012001262");
        }
    }
}
