package org.skillcert.examples.roster;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV roster and the encoding it was found in.
 *
 * <p>Detection, in order: a UTF-8 byte order mark means UTF-8 (Excel's "CSV UTF-8"); a UTF-16 mark
 * means UTF-16 (Excel's "Unicode text", tab-separated); bytes that decode strictly as UTF-8 are
 * UTF-8; anything else must decode strictly as GBK (what Excel writes on a Chinese Windows PC).
 * Strict means a malformed byte is an error, never a replacement character: a roster read in the
 * wrong encoding would put wrong names on certificates.
 *
 * @param text the decoded text, without the byte order mark
 * @param charset the encoding found
 * @param byteOrderMark whether the file began with a byte order mark
 */
record RosterText(String text, Charset charset, boolean byteOrderMark) {

    static final Charset GBK = Charset.forName("GBK");

    /**
     * Decodes a CSV file's bytes.
     *
     * @param bytes the whole file
     * @param source the file name, for the error
     * @return the text and its encoding
     * @throws RosterException with {@link RosterException.Reason#ENCODING} and the 1-based offset
     *     of the first byte that is not GBK, when the bytes are neither UTF-8 nor GBK
     */
    static RosterText decode(byte[] bytes, String source) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new RosterText(strict(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new RosterText(strict(bytes, 2, StandardCharsets.UTF_16LE, source), StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new RosterText(strict(bytes, 2, StandardCharsets.UTF_16BE, source), StandardCharsets.UTF_16BE, true);
        }
        try {
            return new RosterText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new RosterText(strict(bytes, 0, GBK, source), GBK, false);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String source) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position() + 1;
            throw new RosterException(RosterException.Reason.ENCODING, source, at, null,
                    source + ": byte " + at + " is neither UTF-8 nor " + charset.name()
                            + "; save the roster as \"CSV UTF-8\" or as .xlsx", null);
        }
        return out.flip().toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a short description for people, for example {@code CSV (GBK)}.
     *
     * @param delimiter the field delimiter the file uses
     * @return the description
     */
    String describe(char delimiter) {
        String kind = delimiter == '\t' ? "tab-separated text" : "CSV";
        return kind + " (" + (charset.equals(GBK) ? "GBK" : charset.name()) + (byteOrderMark ? " with BOM" : "") + ")";
    }
}
