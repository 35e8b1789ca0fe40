package org.skillcert.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
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
import org.skillcert.core.number.SiteSequence;
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
        Writer writer = new BufferedWriter(new OutputStreamWriter(parent.out(), StandardCharsets.UTF_8), 1 << 16);
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
        boolean allValid = true;

        Results(Writer writer, NumberingProfile profile) {
            this.writer = writer;
            this.profile = profile;
        }

        void accept(CharSequence line) throws IOException {
            NumberVerdict verdict = CertificateNumber.check(line, profile);
            json.setLength(0);
            Json.appendString(json.append("{\"input\": "), line);
            if (verdict.isValid()) {
                appendValid(verdict.orElseThrow());
            } else {
                allValid = false;
                json.append(", \"valid\": false, \"reason\": \"").append(verdict.reason().orElseThrow().name())
                        .append("\", \"position\": ").append(verdict.position()).append(", \"message\": ");
                Json.appendString(json, verdict.message().orElseThrow());
            }
            json.append("}\n");
            writer.append(json);
        }

        private void appendValid(CertificateNumber number) {
            SiteSequence site = number.siteSequence();
            json.append(", \"valid\": true, \"category\": \"").append(number.category())
                    .append("\", \"institution\": \"").append(number.institutionCode())
                    .append("\", \"province\": \"").append(number.province().code())
                    .append("\", \"region\": \"").append(site.regionCode())
                    .append("\", \"siteCategory\": \"").append(site.siteCategory())
                    .append("\", \"siteSerial\": \"").append(site.toString(), 3, 6)
                    .append("\", \"year\": ").append(number.year())
                    .append(", \"level\": ").append(number.level().code())
                    .append(", \"serial\": ").append(number.serial());
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
