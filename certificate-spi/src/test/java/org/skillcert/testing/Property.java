package org.skillcert.testing;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded property runner for plain JUnit tests (we do not use jqwik; see README).
 *
 * <p>Each run draws a run seed (or takes {@code -Dskillcert.seed=N}); every case gets its own case
 * seed derived from it, so a failure names the one seed that replays exactly that case:
 *
 * <pre>{@code
 * Property.forAll("parse(toString) round-trips", 10_000, Gens::validNumber,
 *         n -> assertEquals(n, CertificateNumber.parse(n.toString())));
 * // on failure: "... failed at case 4711, case seed 0x5DEECE66DL: replay with
 * //   Property.replay(0x5DEECE66DL, Gens::validNumber, check)"
 * }</pre>
 *
 * <p>Generators take a {@link Random} seeded from the case seed; they must draw only from it.
 */
public final class Property {
    private Property() {
    }

    /**
     * Runs {@code check} on {@code cases} generated values.
     *
     * @param name what the property says, printed on failure
     * @param cases how many cases to run
     * @param generator makes one value from a seeded random source
     * @param check asserts the property of one value (throws on failure)
     * @param <T> the generated type
     */
    public static <T> void forAll(String name, int cases, Function<Random, T> generator, Consumer<T> check) {
        forAll(name, cases, generator, check, System.err);
    }

    /**
     * Runs {@code check} like {@link #forAll(String, int, Function, Consumer)}, printing the failure
     * to {@code log}: the harness's own test expects a failure and keeps it out of the build log,
     * where it would read like a real one.
     */
    static <T> void forAll(String name, int cases, Function<Random, T> generator, Consumer<T> check,
            java.io.PrintStream log) {
        long runSeed = Long.getLong("skillcert.seed", new SplittableRandom().nextLong());
        SplittableRandom seeds = new SplittableRandom(runSeed);
        for (int i = 0; i < cases; i++) {
            long caseSeed = seeds.nextLong();
            T value = null;
            try {
                value = generator.apply(new Random(caseSeed));
                check.accept(value);
            } catch (Throwable failure) {
                String message = String.format(
                        "property '%s' failed at case %d of %d (run seed %d, case seed %dL) for input %s%n"
                                + "replay this case: Property.replay(%dL, generator, check)",
                        name, i, cases, runSeed, caseSeed, describe(value), caseSeed);
                log.println(message);
                throw new AssertionError(message, failure);
            }
        }
    }

    /**
     * Replays one case from the seed a failure printed; use it in a plain {@code @Test}.
     *
     * @param caseSeed the case seed from the failure message
     * @param generator the same generator
     * @param check the same check
     * @param <T> the generated type
     */
    public static <T> void replay(long caseSeed, Function<Random, T> generator, Consumer<T> check) {
        check.accept(generator.apply(new Random(caseSeed)));
    }

    private static String describe(Object value) {
        if (value instanceof CharSequence) {
            StringBuilder b = new StringBuilder("\"");
            ((CharSequence) value).codePoints().forEach(cp -> {
                if (cp >= 0x20 && cp < 0x7f) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(String.format("\\u{%X}", cp));
                }
            });
            return b.append('"').toString();
        }
        return String.valueOf(value);
    }
}
