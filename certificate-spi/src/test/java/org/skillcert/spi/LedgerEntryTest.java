package org.skillcert.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.Property;

class LedgerEntryTest {

    /** The documented format, written out field by field, independently of LedgerEntry's code. */
    private static String documentedHash(String previousHash, long seq, long millis, StockMove m, int expected)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("skillcert-ledger-1".getBytes(StandardCharsets.US_ASCII));
        List<String> fields = new java.util.ArrayList<>(java.util.Arrays.asList(Long.toString(seq),
                Long.toString(millis), m.kind().name(), Integer.toString(m.range().first()),
                Integer.toString(m.range().last()), m.actor(), m.reference(), m.custodian(), m.certificateNumber(),
                m.reason(), Integer.toString(m.witnesses().size())));
        fields.addAll(m.witnesses());
        fields.add(Integer.toString(m.counted()));
        fields.add(Integer.toString(expected));
        for (String f : fields) {
            byte[] bytes = f == null ? new byte[0] : f.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(f == null ? -1 : bytes.length).array());
            out.writeBytes(bytes);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(HexFormat.of().parseHex(previousHash));
        return HexFormat.of().formatHex(sha.digest(out.toByteArray()));
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheDocumentedCanonicalBytes() { // R-STK-6
        Property.forAll("hash follows the documented format", 2000, random -> {
            int first = 1 + random.nextInt(99_999_000);
            SheetRange range = SheetRange.of(first, first + random.nextInt(50));
            switch (random.nextInt(4)) {
                case 0:
                    return StockMove.received(range, "PO-" + random.nextInt(), "保管员" + random.nextInt(9));
                case 1:
                    return StockMove.destroyed(range, "陈" + random.nextInt(9), "赵", "keeper");
                case 2:
                    return StockMove.stocktake(range, random.nextInt(range.size() + 1),
                            random.nextBoolean() ? null : "盘点差异", "auditor");
                default:
                    return StockMove.printed(first, String.format("S%021d", random.nextInt(1_000_000)), "printer");
            }
        }, move -> {
            String previous = HexFormat.of().formatHex(ByteBuffer.allocate(32).putInt(move.hashCode()).array());
            LedgerEntry e = LedgerEntry.chain(7, Instant.ofEpochMilli(1_780_000_000_123L), move, 3, previous);
            try {
                assertEquals(documentedHash(previous, 7, 1_780_000_000_123L, move, 3), e.hash());
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
            assertEquals(e.hash(), e.expectedHash());
        });
    }

    @Test
    void subMillisecondTimeIsDroppedSoThatEveryStoreHashesTheSameTime() {
        StockMove m = StockMove.received(SheetRange.of(1, 2), "PO", "keeper");
        LedgerEntry a = LedgerEntry.chain(1, Instant.ofEpochSecond(100, 123_456_789), m, -1, LedgerEntry.GENESIS);
        LedgerEntry b = LedgerEntry.chain(1, Instant.ofEpochSecond(100, 123_000_000), m, -1, LedgerEntry.GENESIS);
        assertEquals(a, b);
        assertNotEquals(a.hash(), LedgerEntry.chain(2, b.at(), m, -1, LedgerEntry.GENESIS).hash());
    }

    @Test
    void eachKindTakesExactlyItsFields() { // R-STK-4: destruction needs witnesses, spoilage a reason
        SheetRange r = SheetRange.of(1, 3);
        StockException unused = assertThrows(StockException.class, () -> new StockMove(EntryKind.HANDED_OUT, r,
                "keeper", "PO-1", "Wang", null, null, List.of(), -1));
        assertEquals(StockException.Reason.BAD_FIELD, unused.reason());
        assertEquals("reference", unused.field());
        StockException noReason = assertThrows(StockException.class, () -> StockMove.spoiled(r, null, "keeper"));
        assertEquals("reason", noReason.field());
        StockException counted = assertThrows(StockException.class, () -> new StockMove(EntryKind.LOST, r,
                "keeper", null, null, null, "gone", List.of(), 2));
        assertEquals("counted", counted.field());
        StockException twoSheets = assertThrows(StockException.class, () -> new StockMove(EntryKind.PRINTED, r,
                "keeper", null, null, "S000044012001263000001", null, List.of(), -1));
        assertEquals(StockException.Reason.BAD_RANGE, twoSheets.reason());
        assertEquals("00000001..00000003", r.toString());
        assertEquals(3, r.size());
    }
}
