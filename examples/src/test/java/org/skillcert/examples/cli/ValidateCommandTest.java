package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String VALID = "S000044012001253000001";
    // the message is for people: checked for presence, never for wording
    private static final Pattern INVALID = Pattern.compile(
            "(\\{\"input\": .*, \"valid\": false, \"reason\": \"[A-Z_]+\", \"position\": \\d+), \"message\": \"[^\"]+\"}");

    private record Run(int exitCode, List<String> lines, String err) {
    }

    private static Run run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SkillcertCommand.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        // every object ends with a newline: no trailing empty element
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(code, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String input, Charset charset, String... args) {
        return run(new ByteArrayInputStream(input.getBytes(charset)), args);
    }

    private static String valid(String input, String category, String institution, String province, String region,
            String siteSerial, int year, int level, int serial) {
        return "{\"input\": \"" + input + "\", \"valid\": true, \"category\": \"" + category + "\", \"institution\": \""
                + institution + "\", \"province\": \"" + province + "\", \"region\": \"" + region
                + "\", \"siteCategory\": \"2\", \"siteSerial\": \"" + siteSerial + "\", \"year\": " + year
                + ", \"level\": " + level + ", \"serial\": " + serial + "}";
    }

    private static String invalid(String jsonInput, String reason, int position) {
        return "{\"input\": \"" + jsonInput + "\", \"valid\": false, \"reason\": \"" + reason + "\", \"position\": " + position;
    }

    private static void assertLine(String expected, String actual) {
        if (expected.contains("\"valid\": true")) {
            assertEquals(expected, actual);
        } else {
            Matcher m = INVALID.matcher(actual);
            assertTrue(m.matches(), actual);
            assertEquals(expected, m.group(1));
        }
    }

    // R-NUM-1 .. R-NUM-4, R-REG, R-LVL through the command: one JSON object per input line, in order
    @Test
    void validatesAFileOfMixedInputsLineByLine(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String[] lines = {
            VALID + "\n",
            "S000044992001253000001\n",                 // region 99 (R-REG)
            "\n",                                       // empty line still answered
            " " + VALID + "\n",                         // spaces are input
            VALID + " \n",
            "S000044032001243000002\r\n",               // CRLF: the CR belongs to the terminator
            "s000044012001253000001\n",                 // lowercase (R-NUM-1)
            "Ｓ000044012001253000001\n",                 // full-width letter
            "证书编号\n",
            "a\"b\\c\n",                                // JSON escaping
            "ab\rcd\tx\n",                              // a lone CR is input, not a terminator
            "SA00044012001253000001\n",                 // 2-letter scheme (R-NUM-4)
            "Y000111000000253000001\n",                 // national, not Guangdong (R-NUM-3)
            "S000044012001263000000\n",                 // serial 000000 (R-NUM-5)
            "S000044012001256000001\n",                 // level 6 (R-LVL)
            "😀\n",
            "S000044012001251999999",                   // last line without terminator
        };
        for (String line : lines) {
            file.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        Path path = dir.resolve("numbers.txt");
        Files.write(path, file.toByteArray());

        Run result;
        try (InputStream in = Files.newInputStream(path)) {
            result = run(in, "validate");
        }

        String[] expected = {
            valid(VALID, "S", "0000", "44", "01", "001", 2025, 3, 1),
            invalid("S000044992001253000001", "REGION", 8),
            invalid("", "LENGTH", 1),
            invalid(" " + VALID, "LENGTH", 23),
            invalid(VALID + " ", "LENGTH", 23),
            valid("S000044032001243000002", "S", "0000", "44", "03", "001", 2024, 3, 2),
            invalid("s000044012001253000001", "CHARACTER", 1),
            invalid("Ｓ000044012001253000001", "CHARACTER", 1),
            invalid("证书编号", "LENGTH", 5),
            invalid("a\\\"b\\\\c", "LENGTH", 6),
            invalid("ab\\rcd\\tx", "LENGTH", 8),
            invalid("SA00044012001253000001", "UNSUPPORTED_SCHEME", 2),
            invalid("Y000111000000253000001", "CATEGORY", 1),
            invalid("S000044012001263000000", "SERIAL", 17),
            invalid("S000044012001256000001", "LEVEL", 16),
            invalid("😀", "LENGTH", 3),
            valid("S000044012001251999999", "S", "0000", "44", "01", "001", 2025, 1, 999999),
        };
        assertEquals(expected.length, result.lines().size(), String.join("\n", result.lines()));
        for (int i = 0; i < expected.length; i++) {
            assertLine(expected[i], result.lines().get(i));
        }
        assertEquals(1, result.exitCode());
    }

    // R-NUM-4: the national profile accepts what Guangdong refuses, and refuses non-issuing provinces
    @Test
    void nationalProfileOnRequest() {
        String input = "Y000111000000253000001\nS123431999999991000009\n";
        Run national = run(input, StandardCharsets.UTF_8, "validate", "--profile", "national");
        assertEquals(0, national.exitCode());
        assertEquals(List.of(valid("Y000111000000253000001", "Y", "0001", "11", "00", "000", 2025, 3, 1)
                        .replace("\"siteCategory\": \"2\"", "\"siteCategory\": \"0\""),
                valid("S123431999999991000009", "S", "1234", "31", "99", "999", 2099, 1, 9)
                        .replace("\"siteCategory\": \"2\"", "\"siteCategory\": \"9\"")),
                national.lines());

        Run taiwan = run("S000071012001253000001\n", StandardCharsets.UTF_8, "validate", "--profile=NATIONAL");
        assertEquals(1, taiwan.exitCode());
        assertLine(invalid("S000071012001253000001", "PROVINCE", 6), taiwan.lines().get(0));
    }

    @Test
    void allValidExitsZeroAndEmptyInputWritesNothing() {
        Run ok = run(VALID + "\r\n" + VALID, StandardCharsets.UTF_8, "validate");
        assertEquals(0, ok.exitCode());
        assertEquals(2, ok.lines().size());

        Run empty = run("", StandardCharsets.UTF_8, "validate");
        assertEquals(0, empty.exitCode());
        assertEquals(List.of(), empty.lines());
    }

    // school PCs often default to GBK: UTF-8 unless --encoding says otherwise
    @Test
    void readsUtf8ByDefaultAndOtherCharsetsOnRequest() {
        Charset gbk = Charset.forName("GBK");
        Run gbkInput = run("证书\n", gbk, "validate", "--encoding", "GBK");
        assertLine(invalid("证书", "LENGTH", 3), gbkInput.lines().get(0));

        Run utf8 = run("证书\n", StandardCharsets.UTF_8, "validate");
        assertLine(invalid("证书", "LENGTH", 3), utf8.lines().get(0));

        // the same GBK bytes read as UTF-8 are not the same characters
        Run misread = run("证书\n", gbk, "validate");
        assertTrue(!misread.lines().get(0).startsWith("{\"input\": \"证书\""), misread.lines().get(0));
    }

    @Test
    void skipsAByteOrderMarkAtTheStartOnly() {
        Run result = run("\uFEFF" + VALID + "\n\uFEFF" + VALID + "\n", StandardCharsets.UTF_8, "validate");
        assertEquals(valid(VALID, "S", "0000", "44", "01", "001", 2025, 3, 1), result.lines().get(0));
        assertLine(invalid("\uFEFF" + VALID, "LENGTH", 23), result.lines().get(1));
    }

    // streaming: each answer is written before the next line arrives, so a program can talk to it line by line
    @Test
    @Timeout(10)
    void answersEachLineBeforeTheInputEnds() throws Exception {
        PipedOutputStream toCommand = new PipedOutputStream();
        PipedInputStream commandIn = new PipedInputStream(toCommand);
        PipedInputStream fromCommand = new PipedInputStream(1 << 16);
        PrintStream commandOut = new PrintStream(new PipedOutputStream(fromCommand), true, StandardCharsets.UTF_8);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = executor.submit(() -> {
                int code = SkillcertCommand.run(new String[] {"validate"}, commandIn, commandOut, System.err);
                commandOut.close();
                return code;
            });
            BufferedReader answers = new BufferedReader(new InputStreamReader(fromCommand, StandardCharsets.UTF_8));
            toCommand.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
            toCommand.flush();
            assertEquals(valid(VALID, "S", "0000", "44", "01", "001", 2025, 3, 1), answers.readLine());
            toCommand.write("x\n".getBytes(StandardCharsets.UTF_8));
            toCommand.flush();
            assertLine(invalid("x", "LENGTH", 2), answers.readLine());
            toCommand.close();
            assertEquals(null, answers.readLine());
            assertEquals(1, exit.get(10, TimeUnit.SECONDS));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("", StandardCharsets.UTF_8, "validate", "--profile", "beijing").exitCode());
        Run badEncoding = run("", StandardCharsets.UTF_8, "validate", "--encoding", "no-such-charset");
        assertEquals(2, badEncoding.exitCode());
        assertTrue(badEncoding.err().contains("no-such-charset"), badEncoding.err());
        assertEquals(2, run("", StandardCharsets.UTF_8, "validate", "extra").exitCode());
        assertEquals(2, run("", StandardCharsets.UTF_8).exitCode());
        assertEquals(2, run("", StandardCharsets.UTF_8, "no-such-command").exitCode());
    }

    @Test
    void helpAndVersion() {
        Run help = run("", StandardCharsets.UTF_8, "validate", "--help");
        assertEquals(0, help.exitCode());
        String text = String.join("\n", help.lines());
        assertTrue(text.contains("--profile") && text.contains("--encoding") && text.contains("UNSUPPORTED_SCHEME"), text);

        Run top = run("", StandardCharsets.UTF_8, "--help");
        assertEquals(0, top.exitCode());
        assertTrue(String.join("\n", top.lines()).contains("validate"));

        Run version = run("", StandardCharsets.UTF_8, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.lines().get(0).matches("skillcert \\d+\\.\\d+\\.\\d+.*"), version.lines().get(0));
    }
}
