package org.skillcert.core.number;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of validating and reading certificate numbers, each against a baseline in the same run
 * written the way an application without this library would: a precompiled regular expression per
 * profile (R-NUM-3 Guangdong, R-NUM-4 national), then {@code substring}/{@code Integer.parseInt}
 * per part and set look-ups for the tables (provinces, R-REG regions). {@code bench/all} runs it
 * with {@code -prof gc}, whose {@code gc.alloc.rate.norm} is the bytes allocated per operation.
 *
 * <p>{@code isValid}/{@code check}/{@code baselineIsValid} take one input each from a fixed mix
 * (a third valid, both profiles); {@code parseToString}/{@code baselineParseToString} take valid
 * numbers only (the baseline's parse keeps the parts as fields, as a hand-written value class
 * would, and its {@code toString} returns the text it was made from).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CertificateNumberBenchmark {
    private String[] inputs;
    private NumberingProfile[] profiles;
    private String[] valid;
    private NumberingProfile[] validProfiles;
    private int next;

    /** Builds the input mixes from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        inputs = new String[1024];
        profiles = new NumberingProfile[inputs.length];
        valid = new String[1024];
        validProfiles = new NumberingProfile[valid.length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = i % 3 == 0 ? NumberGen.valid(random).toString() : NumberGen.arbitrary(random);
            profiles[i] = NumberGen.profile(random);
            validProfiles[i] = NumberGen.profile(random);
            valid[i] = NumberGen.valid(random, validProfiles[i]).toString();
        }
    }

    private int advance() {
        next = (next + 1) & (inputs.length - 1);
        return next;
    }

    /**
     * Baseline of {@link #isValid}: regex of the profile, then the parts' table look-ups.
     *
     * @return the verdict
     */
    @Benchmark
    public boolean baselineIsValid() {
        int i = advance();
        return Baseline.isValid(inputs[i], profiles[i] == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL);
    }

    /**
     * The allocation-free check.
     *
     * @return the verdict
     */
    @Benchmark
    public boolean isValid() {
        int i = advance();
        return CertificateNumber.isValid(inputs[i], profiles[i]);
    }

    /**
     * The verdict with reason and position.
     *
     * @return the verdict
     */
    @Benchmark
    public NumberVerdict check() {
        int i = advance();
        return CertificateNumber.check(inputs[i], profiles[i]);
    }

    /**
     * Baseline of {@link #parseToString}: the hand-written value class.
     *
     * @return the canonical text
     */
    @Benchmark
    public String baselineParseToString() {
        int i = advance();
        return Baseline.parse(valid[i], validProfiles[i] == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL).toString();
    }

    /**
     * Strict parse, then the canonical text.
     *
     * @return the canonical text
     */
    @Benchmark
    public String parseToString() {
        int i = advance();
        return CertificateNumber.parse(valid[i], validProfiles[i]).toString();
    }

    /** What an application would write without the library. */
    static final class Baseline {
        private static final Pattern GUANGDONG = Pattern.compile(
                "(S)(0000)(44)([0-9]{2})(2)([0-9]{3})([0-9]{2})([1-5])([0-9]{6})");
        private static final Pattern NATIONAL = Pattern.compile(
                "([SY])([0-9]{4})([0-9]{2})([0-9]{2})([0-9])([0-9]{3})([0-9]{2})([1-5])([0-9]{6})");
        private static final Set<String> REGIONS =
                Arrays.stream(Region.values()).map(Region::code).collect(Collectors.toUnmodifiableSet());
        private static final Set<String> PROVINCES = Arrays.stream(Province.values())
                .filter(Province::issuesCertificates).map(Province::code).collect(Collectors.toUnmodifiableSet());

        private final String text;
        private final char category;
        private final String institution;
        private final String province;
        private final String site;
        private final int year;
        private final int level;
        private final int serial;

        private Baseline(String text, Matcher m) {
            this.text = text;
            this.category = text.charAt(0);
            this.institution = m.group(2);
            this.province = m.group(3);
            this.site = text.substring(7, 13);
            this.year = 2000 + Integer.parseInt(m.group(7));
            this.level = Integer.parseInt(m.group(8));
            this.serial = Integer.parseInt(m.group(9));
        }

        static boolean isValid(String text, boolean guangdong) {
            Matcher m = (guangdong ? GUANGDONG : NATIONAL).matcher(text);
            return m.matches() && tablesAccept(text, guangdong);
        }

        private static boolean tablesAccept(String text, boolean guangdong) {
            if (guangdong && !REGIONS.contains(text.substring(7, 9))) {
                return false;
            }
            return PROVINCES.contains(text.substring(5, 7)) && Integer.parseInt(text.substring(16, 22)) > 0;
        }

        static Baseline parse(String text, boolean guangdong) {
            Matcher m = (guangdong ? GUANGDONG : NATIONAL).matcher(text);
            if (!m.matches() || !tablesAccept(text, guangdong)) {
                throw new IllegalArgumentException("not a certificate number: " + text);
            }
            return new Baseline(text, m);
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int hashCode() {
            return text.hashCode() + category + institution.length() + province.length() + site.length() + year
                    + level + serial;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Baseline && ((Baseline) o).text.equals(text);
        }
    }
}
