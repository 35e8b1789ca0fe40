package org.skillcert.core.number;

import java.util.Random;

/**
 * Seeded generators shaped like certificate numbers, for property tests (see
 * {@code org.skillcert.testing.Property}); shared with other modules through the core test-jar.
 */
public final class NumberGen {
    private static final Province[] ISSUING = java.util.Arrays.stream(Province.values())
            .filter(Province::issuesCertificates).toArray(Province[]::new);
    private static final Region[] REGIONS = Region.values();
    /** Characters that sit close to the valid ones: other letters, lowercase, full-width, look-alike digits, blanks. */
    private static final String TRICKY = "ABSYZasy0123456789 \t\u3000０１９Ｓｓ٣०\u00A0-/_\uFEFF\uFFFD\uD800\uDC00\u0000";

    private NumberGen() {
    }

    /**
     * A valid number of the profile; serials and years favour the edges of their ranges.
     *
     * @param random the seeded source
     * @param profile the profile the number must be valid under
     * @return a valid number
     */
    public static CertificateNumber valid(Random random, NumberingProfile profile) {
        return CertificateNumber.of(siteCode(random, profile), 2000 + edgy(random, 0, 99),
                SkillLevel.of(1 + random.nextInt(5)), edgy(random, 1, CertificateNumber.MAX_SERIAL));
    }

    /**
     * A valid number of either profile.
     *
     * @param random the seeded source
     * @return a valid number, Guangdong or national
     */
    public static CertificateNumber valid(Random random) {
        return valid(random, profile(random));
    }

    /**
     * One of the two profiles.
     *
     * @param random the seeded source
     * @return a profile
     */
    public static NumberingProfile profile(Random random) {
        return random.nextBoolean() ? NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL : NumberingProfile.NATIONAL;
    }

    /**
     * A valid site code (positions 1–13) of the profile.
     *
     * @param random the seeded source
     * @param profile the profile the code must be valid under
     * @return a site code
     */
    public static SiteCode siteCode(Random random, NumberingProfile profile) {
        if (profile == NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL) {
            return SiteCode.guangdong(REGIONS[random.nextInt(REGIONS.length)], edgy(random, 0, 999));
        }
        String site = SiteSequence.pad(edgy(random, 0, 999_999), 6);
        return SiteCode.of(random.nextBoolean() ? 'S' : 'Y', edgy(random, 0, 9999),
                ISSUING[random.nextInt(ISSUING.length)], SiteSequence.parse(site, NumberingProfile.NATIONAL));
    }

    /**
     * A value in {@code [low, high]}, the bounds and their neighbours a quarter of the time.
     *
     * @param random the seeded source
     * @param low the lowest value
     * @param high the highest value
     * @return a value in range
     */
    public static int edgy(Random random, int low, int high) {
        switch (random.nextInt(8)) {
            case 0:
                return low;
            case 1:
                return high;
            default:
                return low + random.nextInt(high - low + 1);
        }
    }

    /**
     * A character that is likely to matter at some position of a number.
     *
     * @param random the seeded source
     * @return a digit, a letter or a tricky look-alike
     */
    public static char tricky(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return (char) ('0' + random.nextInt(10));
            case 1:
                return (char) ('A' + random.nextInt(26));
            case 2:
                return (char) random.nextInt(0x10000);
            default:
                return TRICKY.charAt(random.nextInt(TRICKY.length()));
        }
    }

    /**
     * Arbitrary text: mutated valid numbers (substitutions, insertions, deletions), two-letter
     * scheme look-alikes, near-shape ASCII and random Unicode (including lone surrogates).
     *
     * @param random the seeded source
     * @return a text, valid or not
     */
    public static String arbitrary(Random random) {
        switch (random.nextInt(5)) {
            case 0:
            case 1:
                return mutate(random, valid(random).toString());
            case 2: {
                String number = valid(random).toString();
                return (char) ('A' + random.nextInt(26)) + number.substring(random.nextInt(3) == 0 ? 1 : 2);
            }
            case 3: {
                StringBuilder b = new StringBuilder();
                int length = 20 + random.nextInt(5);
                for (int i = 0; i < length; i++) {
                    b.append(i == 0 || random.nextInt(30) == 0 ? tricky(random) : (char) ('0' + random.nextInt(10)));
                }
                return b.toString();
            }
            default: {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(30);
                for (int i = 0; i < length; i++) {
                    b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                }
                return b.toString();
            }
        }
    }

    /**
     * Applies one to three random edits (substitute, insert, delete) to a text.
     *
     * @param random the seeded source
     * @param text the text to edit
     * @return the edited text
     */
    public static String mutate(Random random, String text) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length() + 1);
            int kind = random.nextInt(4);
            if (kind <= 1 && at < b.length()) {
                b.setCharAt(at, tricky(random));
            } else if (kind == 2 || b.length() == 0) {
                b.insert(at, tricky(random));
            } else {
                b.deleteCharAt(Math.min(at, b.length() - 1));
            }
        }
        return b.toString();
    }
}
