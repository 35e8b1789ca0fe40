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
        // UTF-32's marks begin like UTF-16's, so they are tested first
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new RosterException(RosterException.Reason.ENCODING, source, 1, null,
                    source + ": the roster is UTF-32 text, which skillcert does not read; save it as \"CSV UTF-8\" or as .xlsx",
                    null);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new RosterText(strict(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new RosterText(strict(bytes, 2, StandardCharsets.UTF_16LE, source), StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new RosterText(strict(bytes, 2, StandardCharsets.UTF_16BE, source), StandardCharsets.UTF_16BE, true);
        }
        if (looksLikeUtf16WithoutMark(bytes)) {
            throw new RosterException(RosterException.Reason.ENCODING, source, 1, null, source
                    + ": the roster looks like UTF-16 or UTF-32 text without a byte order mark (every other byte is 0);"
                    + " save it as \"CSV UTF-8\" or as .xlsx", null);
        }
        try {
            return new RosterText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            int firstNotUtf8 = firstMalformed(bytes, StandardCharsets.UTF_8);
            int firstNotGbk = firstMalformed(bytes, GBK);
            if (firstNotGbk < 0) {
                return new RosterText(strict(bytes, 0, GBK, source), GBK, false);
            }
            for (String wide : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
                if (firstMalformed(bytes, Charset.forName(wide)) < 0
                        && new String(bytes, Charset.forName(wide)).toLowerCase(java.util.Locale.ROOT).matches("(?s).*(姓名|name).*")) {
                    throw new RosterException(RosterException.Reason.ENCODING, source, 1, null, source
                            + ": the roster is " + wide + " text without a byte order mark, which skillcert does not"
                            + " read (UTF-16 or UTF-32); save it as \"CSV UTF-8\" or as .xlsx", null);
                }
            }
            // neither decodes: name the place where the file stops being UTF-8, with its line, since a
            // roster pasted together from two files is UTF-8 up to where the GBK part begins
            // UTF-8 up to there means Chinese text decoded as UTF-8 before the first bad byte
            boolean utf8Before = false;
            for (int i = 0; i < firstNotUtf8 && !utf8Before; i++) {
                utf8Before = bytes[i] < 0;
            }
            int at = utf8Before ? firstNotUtf8 : firstNotGbk;
            throw new RosterException(RosterException.Reason.ENCODING, source, at + 1, null, source + ": line "
                    + lineOf(bytes, at) + " (byte " + (at + 1) + ") is neither UTF-8 nor GBK"
                    + (utf8Before ? "; the text before it is UTF-8, so the file mixes two encodings" : "")
                    + "; save the roster as \"CSV UTF-8\" or as .xlsx", null);
        }
    }

    /**
     * Finds a CSV file's encoding as {@link #decode} does, reading the file through without
     * keeping it (the text is left empty): a large roster is then read as it is parsed. Only a
     * file in no readable encoding is read whole, to say where it goes wrong.
     *
     * @param file the file
     * @param source the file name, for the error
     * @return the encoding, with empty text
     * @throws RosterException as {@link #decode}
     * @throws java.io.IOException if the file cannot be read
     */
    static RosterText detect(java.nio.file.Path file, String source) throws java.io.IOException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        Charset charset = null;
        boolean mark = false;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            mark = true;
        } else if (startsWith(head, 0xFF, 0xFE) && !startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            mark = true;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            mark = true;
        } else if (!looksLikeUtf16WithoutMark(head) && !startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = decodes(file, StandardCharsets.UTF_8, 0) ? StandardCharsets.UTF_8
                    : decodes(file, GBK, 0) ? GBK : null;
        }
        if (charset == null || (mark && !decodes(file, charset, charset.equals(StandardCharsets.UTF_8) ? 3 : 2))) {
            // the exact refusal, with where the file goes wrong
            RosterText whole = decode(java.nio.file.Files.readAllBytes(file), source);
            return new RosterText("", whole.charset(), whole.byteOrderMark());
        }
        return new RosterText("", charset, mark);
    }

    /**
     * Opens the file as text in this encoding, strictly, after the byte order mark.
     *
     * @param file the file
     * @return the reader
     * @throws java.io.IOException if the file cannot be opened
     */
    java.io.Reader reader(java.nio.file.Path file) throws java.io.IOException {
        java.io.InputStream in = java.nio.file.Files.newInputStream(file);
        try {
            in.skipNBytes(byteOrderMark ? (charset.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0);
        } catch (java.io.IOException e) {
            in.close();
            throw e;
        }
        return new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder(charset)), 1 << 16);
    }

    /** Whether the whole file decodes strictly, read in pieces. */
    private static boolean decodes(java.nio.file.Path file, Charset charset, int skip) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
             java.io.Reader reader = new java.io.InputStreamReader(in, decoder(charset))) {
            in.skipNBytes(skip);
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // only whether it decodes matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Returns the 0-based offset of the first byte that does not decode, or -1 when all do. */
    private static int firstMalformed(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? in.position() : -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Text of ASCII letters written in UTF-16 or UTF-32 without a mark has a 0 byte in every pair. */
    private static boolean looksLikeUtf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 64) & ~1;
        if (n < 8) {
            return false;
        }
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return zeros * 4 >= n;
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
