package org.skillcert.examples.validate;

import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberVerdict;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.number.Region;

/**
 * Validates certificate numbers as a school's own application would: normalize what a person
 * typed, check it strictly, and say why it is refused (RULES R-NUM, R-REG, R-LVL). The body of
 * {@link #describe(String)} is the example in the README.
 */
public final class ValidateANumber {
    private ValidateANumber() {
    }

    /**
     * Prints one line per argument.
     *
     * @param args certificate numbers as typed
     */
    public static void main(String[] args) {
        for (String typed : args) {
            System.out.println(describe(typed));
        }
    }

    /**
     * Says what a typed certificate number is, or why it is refused.
     *
     * @param typed what a person typed
     * @return one line for people
     */
    public static String describe(String typed) {
        String text = CertificateNumber.normalize(typed);           // trim, full-width → ASCII, upper case
        NumberVerdict verdict = CertificateNumber.check(text);      // Guangdong technical-school profile
        if (verdict.isValid()) {
            CertificateNumber number = verdict.orElseThrow();
            return number + ": " + number.region().map(Region::chineseName).orElseThrow() + ", "
                    + number.year() + ", " + number.level().chineseText() + ", serial " + number.serial();
        }
        if (CertificateNumber.isValid(text, NumberingProfile.NATIONAL)) {
            return text + ": a national number, not a Guangdong technical-school one";
        }
        return text + ": refused, " + verdict.reason().orElseThrow() + " at position " + verdict.position();
    }
}
