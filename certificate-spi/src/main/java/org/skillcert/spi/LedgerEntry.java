package org.skillcert.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.annotation.Nullable;

/**
 * One recorded stock ledger entry: the move plus sequence number, time, the system count at a
 * stocktake, and the hash chain (R-STK-6, Guarantee 4).
 *
 * <p>{@code hash = SHA-256(previousHash ‖ canonicalBytes())}, both as 32 raw bytes; written as 64
 * lowercase hex digits. The first entry's previous hash is {@link #GENESIS} (64 zeros). The
 * canonical bytes are the ASCII tag {@code skillcert-ledger-1} followed by each field in the order
 * of {@link #canonicalBytes()}'s description, each as a 4-byte big-endian length and its UTF-8
 * bytes (length -1 for null). Every adapter computes the same hash for the same entry, so a ledger
 * can be moved between adapters and still verify.
 *
 * @param sequence 1-based position in the ledger, without gaps
 * @param at when it was recorded, millisecond precision (finer parts are dropped)
 * @param move what was recorded
 * @param expected STOCKTAKE only: blank sheets (in stock or handed out) of the range on the books
 *     when the count was recorded; -1 otherwise
 * @param previousHash the hash of entry {@code sequence - 1}, or {@link #GENESIS}
 * @param hash this entry's hash
 */
public record LedgerEntry(long sequence, Instant at, StockMove move, int expected, String previousHash, String hash) {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "skillcert-ledger-1".getBytes(StandardCharsets.US_ASCII);

    /** Drops sub-millisecond precision so that every store keeps the exact time that was hashed. */
    public LedgerEntry {
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Makes the next entry of a chain, computing its hash.
     *
     * @param sequence the 1-based sequence number
     * @param at when (millisecond precision is kept)
     * @param move the move
     * @param expected the system count for a stocktake, else -1
     * @param previousHash the previous entry's hash or {@link #GENESIS}
     * @return the entry with its hash
     */
    public static LedgerEntry chain(long sequence, Instant at, StockMove move, int expected, String previousHash) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        String hash = hashOf(previousHash, canonicalBytes(sequence, millis, move, expected));
        return new LedgerEntry(sequence, millis, move, expected, previousHash, hash);
    }

    /**
     * The hash this entry should have given its fields and {@link #previousHash()}.
     *
     * @return 64 lowercase hex digits
     */
    public String expectedHash() {
        return hashOf(previousHash, canonicalBytes());
    }

    /**
     * The canonical bytes: tag, then sequence, epoch milliseconds, kind name, first sheet, last
     * sheet, actor, reference, custodian, certificate number, reason, witness count and each
     * witness, counted, expected (numbers as decimal text).
     *
     * @return a fresh array
     */
    public byte[] canonicalBytes() {
        return canonicalBytes(sequence, at, move, expected);
    }

    private static byte[] canonicalBytes(long sequence, Instant at, StockMove move, int expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(TAG);
        put(out, Long.toString(sequence));
        put(out, Long.toString(at.toEpochMilli()));
        put(out, move.kind().name());
        put(out, Integer.toString(move.range().first()));
        put(out, Integer.toString(move.range().last()));
        put(out, move.actor());
        put(out, move.reference());
        put(out, move.custodian());
        put(out, move.certificateNumber());
        put(out, move.reason());
        put(out, Integer.toString(move.witnesses().size()));
        for (String witness : move.witnesses()) {
            put(out, witness);
        }
        put(out, Integer.toString(move.counted()));
        put(out, Integer.toString(expected));
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, @Nullable String field) {
        if (field == null) {
            writeInt(out, -1);
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static String hashOf(String previousHash, byte[] canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            HexFormat hex = HexFormat.of();
            // a malformed stored previous hash must not throw: it simply cannot match
            if (previousHash.length() == 64 && previousHash.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                sha.update(hex.parseHex(previousHash));
            } else {
                sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            }
            sha.update(canonical);
            return hex.formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest javadoc)
            throw new IllegalStateException(e);
        }
    }
}
