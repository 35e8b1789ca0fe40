package org.skillcert.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded fuzzing for every parser that takes outside input, on top of {@link Property}: inputs are
 * valid examples mutated (and, for text, also random strings over an alphabet of troublemakers), and
 * the check is that the parser either returns or throws one of its documented exception types;
 * anything else (a {@code NullPointerException}, an {@code IndexOutOfBoundsException}, an
 * {@code OutOfMemoryError}) fails the test with the run seed and the case seed that replay it.
 *
 * <pre>{@code
 * Fuzz.text("certificate number", 100_000, List.of("S000044012017263000001"),
 *         s -> CertificateNumber.parse(s), CertificateNumberFormatException.class);
 * Fuzz.bytes("roster CSV", 1_000, List.of(csvBytes), b -> RosterReader.readCsv(b, "f.csv"), RosterException.class);
 * }</pre>
 */
public final class Fuzz {
    /**
     * Characters that break parsers: digits of other scripts, full-width forms, the check
     * character X, separators, controls, bidi overrides, zero-width and combining marks, lone
     * surrogates, CJK, quotes and formula starters.
     */
    private static final String TROUBLE = "0123456789Xx -_.,;:|=+@#\"'\\/\t\r\n\u0000\u00A0\u3000\u200B\u200D\u202E"
            + "\uFEFF\u0301\uD800\uDC00\uFFFD０９ＡＳ٣۹中国广东省华电工级张三·—－{}[]<>&%$!?*";

    private Fuzz() {
    }

    /** Parses one input, returning normally or throwing. */
    @FunctionalInterface
    public interface Target<T> {
        /**
         * Runs the parser.
         *
         * @param input the input
         * @throws Exception whatever it throws; checked against the allowed types
         */
        void accept(T input) throws Exception;
    }

    /**
     * Fuzzes a text parser: half the cases mutate one of the valid examples, half are random
     * strings of 0–40 characters.
     *
     * @param name what is fuzzed, printed on failure
     * @param cases how many inputs
     * @param valid valid inputs to mutate
     * @param parser the parser
     * @param allowed the exception types the parser documents
     */
    public static void text(String name, int cases, List<String> valid, Target<String> parser,
            Class<?>... allowed) {
        check(name, cases, r -> r.nextBoolean() ? mutateText(valid.get(r.nextInt(valid.size())), r) : randomText(r),
                parser, System.err, allowed);
    }

    /**
     * Fuzzes a file reader: every case is one of the valid files with 1–8 byte mutations (flip,
     * replace, insert, delete, duplicate or drop a run, truncate).
     *
     * @param name what is fuzzed, printed on failure
     * @param cases how many files
     * @param valid valid files to mutate
     * @param reader the reader
     * @param allowed the exception types the reader documents
     */
    public static void bytes(String name, int cases, List<byte[]> valid, Target<byte[]> reader,
            Class<?>... allowed) {
        check(name, cases, r -> new Input(mutateBytes(valid.get(r.nextInt(valid.size())), r)),
                in -> reader.accept(in.bytes), System.err, allowed);
    }

    /**
     * Fuzzes a reader of ZIP packages (.xlsx): half the cases mutate the package's bytes (mostly
     * a broken ZIP), half keep the ZIP whole and mutate the text of one part inside it (XML the
     * reader then has to parse).
     *
     * @param name what is fuzzed, printed on failure
     * @param cases how many files
     * @param valid valid packages to mutate
     * @param reader the reader
     * @param allowed the exception types the reader documents
     */
    public static void zip(String name, int cases, List<byte[]> valid, Target<byte[]> reader,
            Class<?>... allowed) {
        check(name, cases, r -> {
            byte[] base = valid.get(r.nextInt(valid.size()));
            return new Input(r.nextBoolean() ? mutateBytes(base, r) : mutatePart(base, r));
        }, in -> reader.accept(in.bytes), System.err, allowed);
    }

    /** The common run: generated inputs, each must return or throw an allowed type; failures go to {@code log}. */
    static <T> void check(String name, int cases, java.util.function.Function<Random, T> generator, Target<T> target,
            java.io.PrintStream log, Class<?>[] allowed) {
        Property.forAll(name + " only throws " + names(allowed), cases, generator, in -> run(target, in, allowed), log);
    }

    private static <T> void run(Target<T> target, T input, Class<?>[] allowed) {
        try {
            target.accept(input);
        } catch (Throwable t) {
            for (Class<?> ok : allowed) {
                if (ok.isInstance(t)) {
                    return;
                }
            }
            throw new AssertionError("undocumented " + t.getClass().getName() + ": " + t.getMessage(), t);
        }
    }

    private static String names(Class<?>[] types) {
        List<String> names = new ArrayList<>();
        for (Class<?> t : types) {
            names.add(t.getSimpleName());
        }
        return String.join("/", names);
    }

    /**
     * Mutates a text: 1–4 edits, each replacing, inserting, deleting or duplicating characters.
     *
     * @param text the text
     * @param r the source of randomness
     * @return the mutated text
     */
    public static String mutateText(String text, Random r) {
        StringBuilder b = new StringBuilder(text);
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> { if (at < b.length()) { b.setCharAt(at, trouble(r)); } }
                case 1 -> b.insert(at, trouble(r));
                case 2 -> { if (at < b.length()) { b.deleteCharAt(at); } }
                case 3 -> { if (at < b.length()) { b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + r.nextInt(5)))); } }
                default -> { if (at < b.length()) { b.setLength(at); } }
            }
        }
        return b.toString();
    }

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(41); n > 0; n--) {
            b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : trouble(r));
        }
        return b.toString();
    }

    private static char trouble(Random r) {
        return TROUBLE.charAt(r.nextInt(TROUBLE.length()));
    }

    /**
     * Mutates bytes: 1–8 edits, each flipping a bit, replacing, inserting or deleting a byte,
     * duplicating or dropping a run, or truncating.
     *
     * @param bytes the bytes
     * @param r the source of randomness
     * @return the mutated bytes
     */
    public static byte[] mutateBytes(byte[] bytes, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = bytes.clone();
        for (int n = 1 + r.nextInt(8); n > 0 && b.length > 0; n--) {
            int at = r.nextInt(b.length);
            int len = Math.min(b.length - at, 1 + r.nextInt(64));
            out.reset();
            switch (r.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) (r.nextInt(4) == 0 ? 0xFF : r.nextInt(256));
                case 2 -> { out.write(b, 0, at); out.write(r.nextInt(256)); out.write(b, at, b.length - at); b = out.toByteArray(); }
                case 3 -> { out.write(b, 0, at); out.write(b, at + 1, b.length - at - 1); b = out.toByteArray(); }
                case 4 -> { out.write(b, 0, at + len); out.write(b, at, len); out.write(b, at + len, b.length - at - len); b = out.toByteArray(); }
                case 5 -> { out.write(b, 0, at); out.write(b, at + len, b.length - at - len); b = out.toByteArray(); }
                default -> b = java.util.Arrays.copyOf(b, at);
            }
        }
        return b;
    }

    private static byte[] mutatePart(byte[] zip, Random r) {
        try {
            List<String> names = new ArrayList<>();
            List<byte[]> parts = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    names.add(e.getName());
                    parts.add(in.readAllBytes());
                }
            }
            int victim = r.nextInt(parts.size());
            byte[] part = parts.get(victim);
            parts.set(victim, r.nextBoolean() ? mutateBytes(part, r)
                    : mutateText(new String(part, StandardCharsets.UTF_8), r).getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (int i = 0; i < names.size(); i++) {
                    z.putNextEntry(new ZipEntry(names.get(i)));
                    z.write(parts.get(i));
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes with a short description, so a failure prints the size and a prefix, not a megabyte. */
    private static final class Input {
        final byte[] bytes;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public String toString() {
            String head = new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.ISO_8859_1)
                    .replaceAll("[^\\x20-\\x7e]", ".");
            return bytes.length + " bytes starting \"" + head + "\"";
        }
    }
}
