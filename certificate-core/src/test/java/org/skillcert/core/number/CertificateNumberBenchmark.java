package org.skillcert.core.number;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * Cost of validating certificate numbers, against a baseline measured in the same run: a
 * precompiled regular expression of the R-NUM-3 shape, what an application would otherwise write.
 * Run {@code bench/run certificate-core CertificateNumberBenchmark -prof gc} to see that
 * {@code isValid} allocates nothing (gc.alloc.rate.norm ≈ 0 B/op).
 *
 * <p>Each operation checks one input from a fixed mix (a third valid), both profiles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CertificateNumberBenchmark {
    private static final Pattern GUANGDONG_SHAPE = Pattern.compile(
            "S000044(0[0-9]|1[2-9]|20|5[1-3])2[0-9]{3}[0-9]{2}[1-5](?!000000)[0-9]{6}");

    private String[] inputs;
    private NumberingProfile[] profiles;
    private int next;

    /** Builds the input mix from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        inputs = new String[1024];
        profiles = new NumberingProfile[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = i % 3 == 0 ? NumberGen.valid(random).toString() : NumberGen.arbitrary(random);
            profiles[i] = NumberGen.profile(random);
        }
    }

    private int advance() {
        next = (next + 1) & (inputs.length - 1);
        return next;
    }

    /**
     * Baseline: a precompiled regular expression (Guangdong profile only, no reason).
     *
     * @return the verdict
     */
    @Benchmark
    public boolean regexBaseline() {
        return GUANGDONG_SHAPE.matcher(inputs[advance()]).matches();
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
}
