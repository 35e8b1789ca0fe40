package org.skillcert.core.number;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * The experiment behind {@code isValid}'s shape (issue 14): the left-to-right scan that stops at
 * the first bad character, against three rewrites that read more of the text to branch less, and
 * two floors, each timed by thread CPU (steady while other processes load the machine) on the
 * benchmark's input mix ({@link CertificateNumberBenchmark}: a third valid, both profiles),
 * alternating in rounds so that every variant meets the same conditions. The rewrites are checked
 * to give the scan's verdict on every input before they are timed.
 *
 * <p>Run: {@code java -cp <certificate-core test class path> org.skillcert.core.number.IsValidVariantsCheck}
 * (bench/all's class path). On the 2-core machine of issue 14 (load 4–5; each figure includes the
 * loop and the variant switch around the call) it printed: scan 12.6 ns, prefix-then-fold
 * 15.1 ns, branch-free 21.5 ns, loop fold 18.5 ns; floors: the length test alone 4.3 ns, the
 * length test and reading all 22 characters 6.8 ns. Reading the characters through
 * {@code CharSequence.charAt} and the loop cost about half of the scan's time; the rest is the
 * branches a random mix mispredicts (the length, the profile, where a near-number fails), which
 * every rewrite keeps or trades for more reading and arithmetic.
 *
 * <p>A fourth rewrite, "straight line" (all 21 digits read once into locals, checked with one OR
 * of {@code d | (9 - d)}, the profile's tables combined with non-short-circuit operators, one
 * branch in all), was added later and is slower still: 14.7 ns against the scan's 8.3 ns here
 * (load 0.9), and in JMH ({@code CertificateNumberBenchmark}'s settings, a temporary method)
 * 19.0 ± 13.6 ns against {@code isValid}'s 10.5 ± 0.5 ns.
 *
 * <p>What did help was not a rewrite of the walk but a copy of it: {@code isValid} called the
 * general {@code scan}, which C2 would not compile into it ("already compiled into a big method")
 * and which works out positions relative to {@code from} and packs reasons. Its own walk with the
 * positions constant, returning a boolean ({@code NumberGrammar.isNumber}), measured 8.8–9.1 ns
 * against 10.3 ns in JMH in alternating runs.
 */
public final class IsValidVariantsCheck {
    private static final String[] INPUTS = new String[1024];
    private static final NumberingProfile[] PROFILES = new NumberingProfile[INPUTS.length];
    private static final boolean[] REGION = new boolean[128];
    private static final boolean[] PROVINCE = new boolean[128];
    private static final String[] NAMES = {"scan", "prefix-then-fold", "branch-free", "loop fold", "floor: length",
        "floor: length + read 22", "straight line"};

    static {
        for (int c = 0; c < 100; c++) {
            REGION[c] = Region.lookup(c) != null;
            Province p = Province.lookup(c);
            PROVINCE[c] = p != null && p.issuesCertificates();
        }
    }

    private IsValidVariantsCheck() {
    }

    /**
     * Times the variants.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Random random = new Random(42);
        for (int i = 0; i < INPUTS.length; i++) {
            INPUTS[i] = i % 3 == 0 ? NumberGen.valid(random).toString() : NumberGen.arbitrary(random);
            PROFILES[i] = NumberGen.profile(random);
        }
        for (int i = 0; i < INPUTS.length; i++) {
            boolean scan = run(0, i) == 1;
            for (int v : new int[] {1, 2, 3, 6}) {
                if ((run(v, i) == 1) != scan) {
                    throw new AssertionError(NAMES[v] + " disagrees with the scan on " + INPUTS[i] + " " + PROFILES[i]);
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int calls = 5_000_000;
        int rounds = 30;
        int warmRounds = 10;
        double[] ns = new double[NAMES.length];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int v = 0; v < NAMES.length; v++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int j = 0; j < calls; j++) {
                    sink += run(v, j & (INPUTS.length - 1));
                }
                if (round >= warmRounds) {
                    ns[v] += (threads.getCurrentThreadCpuTime() - start) / (double) calls / (rounds - warmRounds);
                }
            }
        }
        for (int v = 0; v < NAMES.length; v++) {
            System.out.printf("%-24s %6.2f ns per call (thread CPU, mean of %d rounds)%n", NAMES[v], ns[v], rounds - warmRounds);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static int run(int variant, int i) {
        String s = INPUTS[i];
        NumberingProfile p = PROFILES[i];
        switch (variant) {
            case 0:
                return NumberGrammar.scan(s, 0, NumberGrammar.NUMBER_LENGTH, p) == NumberGrammar.VALID ? 1 : 0;
            case 1:
                return prefixThenFold(s, p) ? 1 : 0;
            case 2:
                return branchFree(s, p) ? 1 : 0;
            case 3:
                return loopFold(s, p) ? 1 : 0;
            case 6:
                return straightLine(s, p) ? 1 : 0;
            case 4:
                return s.length() == NumberGrammar.NUMBER_LENGTH ? 1 : 0;
            default:
                return readAll(s);
        }
    }

    private static int readAll(CharSequence s) {
        if (s.length() != NumberGrammar.NUMBER_LENGTH) {
            return 0;
        }
        int sum = 0;
        for (int i = 0; i < NumberGrammar.NUMBER_LENGTH; i++) {
            sum += s.charAt(i);
        }
        return sum;
    }

    // (d | (9 - d)) < 0 exactly when d = c - '0' is not a digit
    private static int[] digits(CharSequence s) {
        int[] d = new int[NumberGrammar.NUMBER_LENGTH];
        for (int i = 1; i < d.length; i++) {
            d[i] = s.charAt(i) - '0';
        }
        return d;
    }

    private static boolean prefixThenFold(CharSequence s, NumberingProfile profile) {
        if (s.length() != NumberGrammar.NUMBER_LENGTH) {
            return false;
        }
        char c0 = s.charAt(0);
        int d1 = s.charAt(1) - '0';
        int d2 = s.charAt(2) - '0';
        int d3 = s.charAt(3) - '0';
        int d4 = s.charAt(4) - '0';
        boolean guangdong = profile == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL;
        int prefix = d1 | d2 | d3 | d4;
        if (guangdong ? c0 != 'S' || prefix != 0
                : c0 != 'S' && c0 != 'Y' || (prefix | (9 - d1) | (9 - d2) | (9 - d3) | (9 - d4)) < 0) {
            return false;
        }
        int bad = 0;
        int serial = 0;
        for (int i = 5; i < NumberGrammar.NUMBER_LENGTH; i++) {
            int d = s.charAt(i) - '0';
            bad |= d | (9 - d);
            serial |= i >= 16 ? d : 0;
        }
        int level = s.charAt(15) - '0';
        if (bad < 0 || level < 1 || level > 5 || serial == 0) {
            return false;
        }
        int d5 = s.charAt(5) - '0';
        int d6 = s.charAt(6) - '0';
        return guangdong ? d5 == 4 && d6 == 4 && s.charAt(9) == '2' && REGION[10 * (s.charAt(7) - '0') + s.charAt(8) - '0']
                : PROVINCE[10 * d5 + d6];
    }

    private static boolean branchFree(CharSequence s, NumberingProfile profile) {
        if (s.length() != NumberGrammar.NUMBER_LENGTH) {
            return false;
        }
        int[] d = digits(s);
        int any = 0;
        int serial = 0;
        for (int i = 1; i < d.length; i++) {
            any |= d[i] | (9 - d[i]);
            serial |= i >= 16 ? d[i] : 0;
        }
        any |= (d[15] - 1) | (5 - d[15]) | (serial - 1);
        char c0 = s.charAt(0);
        boolean gd = (c0 == 'S') & ((d[1] | d[2] | d[3] | d[4]) == 0) & (d[5] == 4) & (d[6] == 4) & (d[9] == 2)
                & REGION[(10 * d[7] + d[8]) & 127];
        boolean national = ((c0 == 'S') | (c0 == 'Y')) & PROVINCE[(10 * d[5] + d[6]) & 127];
        return any >= 0 & (profile == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL ? gd : national);
    }

    private static boolean loopFold(CharSequence s, NumberingProfile profile) {
        if (s.length() != NumberGrammar.NUMBER_LENGTH) {
            return false;
        }
        int bad = 0;
        int serial = 0;
        for (int i = 1; i < NumberGrammar.NUMBER_LENGTH; i++) {
            int d = s.charAt(i) - '0';
            bad |= d | (9 - d);
            serial |= i >= 16 ? d : 0;
        }
        int level = s.charAt(15) - '0';
        if (bad < 0 || level < 1 || level > 5 || serial == 0) {
            return false;
        }
        char c0 = s.charAt(0);
        if (profile == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL) {
            return c0 == 'S' && s.charAt(1) == '0' && s.charAt(2) == '0' && s.charAt(3) == '0' && s.charAt(4) == '0'
                    && s.charAt(5) == '4' && s.charAt(6) == '4' && s.charAt(9) == '2'
                    && REGION[10 * (s.charAt(7) - '0') + s.charAt(8) - '0'];
        }
        return (c0 == 'S' || c0 == 'Y') && PROVINCE[10 * (s.charAt(5) - '0') + s.charAt(6) - '0'];
    }

    private static boolean straightLine(CharSequence s, NumberingProfile profile) {
        if (s.length() != NumberGrammar.NUMBER_LENGTH) {
            return false;
        }
        int c0 = s.charAt(0);
        int d1 = s.charAt(1) - '0';
        int d2 = s.charAt(2) - '0';
        int d3 = s.charAt(3) - '0';
        int d4 = s.charAt(4) - '0';
        int d5 = s.charAt(5) - '0';
        int d6 = s.charAt(6) - '0';
        int d7 = s.charAt(7) - '0';
        int d8 = s.charAt(8) - '0';
        int d9 = s.charAt(9) - '0';
        int d10 = s.charAt(10) - '0';
        int d11 = s.charAt(11) - '0';
        int d12 = s.charAt(12) - '0';
        int d13 = s.charAt(13) - '0';
        int d14 = s.charAt(14) - '0';
        int d15 = s.charAt(15) - '0';
        int d16 = s.charAt(16) - '0';
        int d17 = s.charAt(17) - '0';
        int d18 = s.charAt(18) - '0';
        int d19 = s.charAt(19) - '0';
        int d20 = s.charAt(20) - '0';
        int d21 = s.charAt(21) - '0';
        int or = d1 | d2 | d3 | d4 | d5 | d6 | d7 | d8 | d9 | d10 | d11 | d12 | d13 | d14 | d15 | d16 | d17 | d18
                | d19 | d20 | d21;
        int nines = (9 - d1) | (9 - d2) | (9 - d3) | (9 - d4) | (9 - d5) | (9 - d6) | (9 - d7) | (9 - d8) | (9 - d9)
                | (9 - d10) | (9 - d11) | (9 - d12) | (9 - d13) | (9 - d14) | (9 - d15) | (9 - d16) | (9 - d17)
                | (9 - d18) | (9 - d19) | (9 - d20) | (9 - d21);
        int serial = d16 | d17 | d18 | d19 | d20 | d21;
        int bad = or | nines | (d15 - 1) | (5 - d15) | (serial - 1);
        int province = (10 * d5 + d6) & 127;
        boolean gd = profile == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL;
        boolean gdOk = (c0 == 'S') & ((d1 | d2 | d3 | d4) == 0) & (province == 44) & (d9 == 2)
                & REGION[(10 * d7 + d8) & 127];
        boolean nationalOk = ((c0 == 'S') | (c0 == 'Y')) & PROVINCE[province];
        return (bad >= 0) & (gd & gdOk | !gd & nationalOk);
    }
}
