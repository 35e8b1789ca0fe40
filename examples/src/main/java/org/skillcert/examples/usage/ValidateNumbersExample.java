package org.skillcert.examples.usage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberVerdict;
import org.skillcert.core.number.NumberingProfile;

/**
 * Example 1: validate certificate numbers inside another application, for example the enrolment
 * system of a school or an employer's HR form. Needs only {@code certificate-core}: no database, no
 * third-party jar.
 *
 * <p>Three calls cover what such an application needs (RULES R-NUM):
 * <ul>
 *   <li>{@link CertificateNumber#normalize(CharSequence)} tidies what a person typed (spaces,
 *       full-width digits from a Chinese input method, lower case);</li>
 *   <li>{@link CertificateNumber#check(CharSequence, NumberingProfile)} says why a number is wrong,
 *       with the 1-based position to highlight, without throwing;</li>
 *   <li>checking against both profiles tells a number from elsewhere in China (well-formed
 *       nationally, R-NUM-4) from one that is simply wrong.</li>
 * </ul>
 *
 * <p>Run it with numbers as arguments, or without arguments for a few samples:
 * {@code java -cp examples/target/skillcert.jar org.skillcert.examples.usage.ValidateNumbersExample S000044012017263000001}
 */
public final class ValidateNumbersExample {

    /** Sample inputs shown when no argument is given. */
    static final String[] SAMPLES = {
        "S000044012017263000001",       // a Guangdong technical-school number
        " s０００04401201726300000２ ",  // the same, typed sloppily
        "Y000111000001195000001",       // Beijing (11), national rule only
        "S000044992017263000001",       // region 99: not Guangdong, but nationally well-formed
        "S000044012017263000000",       // serial 000000
        "TS00004401201726300001",       // the separate scheme for 特级技师
    };

    private ValidateNumbersExample() {
    }

    /**
     * Describes one input the way a form would answer the person who typed it.
     *
     * @param typed what the person typed
     * @return one line: valid with its parts, valid only nationally, or the reason and position
     */
    public static String describe(String typed) {
        String number = CertificateNumber.normalize(typed);
        NumberVerdict guangdong = CertificateNumber.check(number, NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL);
        if (guangdong.isValid()) {
            CertificateNumber n = guangdong.orElseThrow();
            return number + ": valid Guangdong technical-school number, "
                    + n.region().map(r -> r.chineseName()).orElse("?") + ", " + n.year()
                    + ", " + n.level().chineseText() + ", serial " + n.serial();
        }
        NumberVerdict national = CertificateNumber.check(number, NumberingProfile.NATIONAL);
        if (national.isValid()) {
            return number + ": well-formed nationally (province " + national.orElseThrow().province().code()
                    + "), but not a Guangdong technical-school number: " + guangdong.reason().orElseThrow()
                    + " at position " + guangdong.position();
        }
        return number + ": invalid, " + national.reason().orElseThrow() + " at position " + national.position()
                + " (" + national.message().orElse("") + ")";
    }

    /**
     * Prints one line per argument (or per sample when there is none).
     *
     * @param args certificate numbers as typed
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String typed : args.length == 0 ? SAMPLES : args) {
            out.println(describe(typed));
        }
    }
}
