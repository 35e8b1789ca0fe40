package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberVerdict;
import org.skillcert.core.number.NumberingProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert validate}: checks certificate numbers, one per line on standard input, and
 * writes one JSON object per line on standard output (RULES R-NUM, R-RPT-2).
 *
 * <p>It streams: memory does not grow with the input, and output is flushed whenever the input
 * has nothing more ready, so it also answers interactively.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks certificate numbers (证书编号), one per line on standard input.",
            "",
            "Input is read as UTF-8 whatever the platform's default charset (--encoding to change it);"
                + " only the line terminator (LF or CRLF) is stripped, so spaces and other characters"
                + " are part of the input. A UTF-8 byte order mark at the very start is skipped."
                + " Undecodable bytes become U+FFFD (and so an invalid character).",
            "",
            "Output (UTF-8): exactly one JSON object per input line, empty lines included, e.g.",
            "  {\"input\": \"S000044012001253000001\", \"valid\": true, \"category\": \"S\", \"institution\": \"0000\","
                + " \"province\": \"44\", \"region\": \"01\", \"siteCategory\": \"2\", \"siteSerial\": \"001\","
                + " \"year\": 2025, \"level\": 3, \"serial\": 1}",
            "  {\"input\": \"S000044992001253000001\", \"valid\": false, \"reason\": \"REGION\", \"position\": 8,"
                + " \"message\": \"...\"}",
            "region, siteCategory and siteSerial are positions 8-9, 10 and 11-13 as written (under"
                + " --profile national they are whatever the province assigned).",
            "reason is one of LENGTH, CHARACTER, CATEGORY, UNSUPPORTED_SCHEME, INSTITUTION_CODE, PROVINCE,"
                + " REGION, SITE_CATEGORY, LEVEL, SERIAL; position is 1-based (UTF-16 units); the message"
                + " wording may change.",
            "",
            "Exit status: 0 all lines valid, 1 any line invalid, 2 usage error.",
            ""
        })
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private SkillcertCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "guangdong|national", defaultValue = "guangdong",
            converter = ProfileConverter.class,
            description = "guangdong: Guangdong technical schools, R-NUM-3 and R-REG (default);"
                    + " national: the national rule R-NUM-4.")
    private NumberingProfile profile;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Charset of standard input, e.g. GBK (default: UTF-8).")
    private String encoding;

    @Override
    public Integer call() throws IOException {
        Charset charset = charset();
        Reader reader = new InputStreamReader(parent.in(), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        Writer writer = new Utf8Output(parent.out());
        Results results = new Results(writer, profile);
        readLines(reader, results, writer);
        writer.flush();
        return results.allValid ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --encoding: " + encoding);
        }
    }

    /** Splits the input at LF, dropping a CR just before the LF; a last line without LF counts. */
    private static void readLines(Reader reader, Results results, Writer writer) throws IOException {
        char[] buffer = new char[1 << 14];
        StringBuilder line = new StringBuilder(64);
        boolean first = true;
        boolean pending = false;
        while (true) {
            // flush before a read that may block, so that interactive use sees each answer
            if (!reader.ready()) {
                writer.flush();
            }
            int n = reader.read(buffer);
            if (n < 0) {
                break;
            }
            int start = 0;
            if (first && n > 0) {
                first = false;
                if (buffer[0] == '\uFEFF') {
                    start = 1;
                }
            }
            for (int i = start; i < n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    results.accept(line);
                    line.setLength(0);
                    pending = false;
                } else {
                    line.append(c);
                    pending = true;
                }
            }
        }
        if (pending) {
            results.accept(line);
        }
    }

    /** Writes one JSON object per line and remembers whether all were valid. */
    private static final class Results {
        private final Writer writer;
        private final NumberingProfile profile;
        private final StringBuilder json = new StringBuilder(256);
        private char[] chars = new char[256];
        boolean allValid = true;

        Results(Writer writer, NumberingProfile profile) {
            this.writer = writer;
            this.profile = profile;
        }

        void accept(CharSequence line) throws IOException {
            json.setLength(0);
            // a valid line allocates nothing: the allocation-free check, then its parts copied from the line
            if (CertificateNumber.isValid(line, profile)) {
                Json.appendString(json.append("{\"input\": "), line);
                appendValid(line);
            } else {
                NumberVerdict verdict = CertificateNumber.check(line, profile);
                Json.appendString(json.append("{\"input\": "), line);
                allValid = false;
                json.append(", \"valid\": false, \"reason\": \"").append(verdict.reason().orElseThrow().name())
                        .append("\", \"position\": ").append(verdict.position()).append(", \"message\": ");
                Json.appendString(json, verdict.message().orElseThrow());
            }
            json.append("}\n");
            // Writer.append(CharSequence) would make a String of each line
            int length = json.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            json.getChars(0, length, chars, 0);
            writer.write(chars, 0, length);
        }

        // positions as in CertificateNumber: 1 category, 2-5 institution, 6-7 province, 8-9 region,
        // 10 site category, 11-13 site serial, 14-15 year, 16 level, 17-22 serial
        private void appendValid(CharSequence n) {
            json.append(", \"valid\": true, \"category\": \"").append(n.charAt(0))
                    .append("\", \"institution\": \"").append(n, 1, 5)
                    .append("\", \"province\": \"").append(n, 5, 7)
                    .append("\", \"region\": \"").append(n, 7, 9)
                    .append("\", \"siteCategory\": \"").append(n.charAt(9))
                    .append("\", \"siteSerial\": \"").append(n, 10, 13)
                    .append("\", \"year\": ").append(2000 + digits(n, 13, 15))
                    .append(", \"level\": ").append(n.charAt(15))
                    .append(", \"serial\": ").append(digits(n, 16, 22));
        }

        private static int digits(CharSequence n, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                value = value * 10 + n.charAt(i) - '0';
            }
            return value;
        }
    }

    /**
     * Buffered UTF-8 output that copies ASCII lines byte for byte (almost every line: the JSON
     * of a number) and encodes the others with the JDK; each write is one whole line, so a
     * surrogate pair is never split between writes. A lone surrogate becomes '?', as the JDK's
     * encoder writes it.
     */
    private static final class Utf8Output extends Writer {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        Utf8Output(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (used + len > buffer.length) {
                drain();
            }
            if (len > buffer.length) {
                out.write(new String(chars, off, len).getBytes(StandardCharsets.UTF_8));
                return;
            }
            int start = used;
            for (int i = off; i < off + len; i++) {
                char c = chars[i];
                if (c >= 0x80) {
                    used = start;
                    byte[] encoded = new String(chars, off, len).getBytes(StandardCharsets.UTF_8);
                    if (used + encoded.length > buffer.length) {
                        drain();
                    }
                    if (encoded.length > buffer.length) {
                        out.write(encoded);
                    } else {
                        System.arraycopy(encoded, 0, buffer, used, encoded.length);
                        used += encoded.length;
                    }
                    return;
                }
                buffer[used++] = (byte) c;
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Reads {@code --profile}: {@code guangdong} or {@code national}, any case. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<NumberingProfile> {
        @Override
        public NumberingProfile convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "guangdong":
                    return NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL;
                case "national":
                    return NumberingProfile.NATIONAL;
                default:
                    throw new CommandLine.TypeConversionException(
                            "expected guangdong or national, got '" + value + "'");
            }
        }
    }
}
