package org.skillcert.examples.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Makes resident ID numbers (居民身份证号码) for demo candidates, with the GB 11643-1999 check
 * character (RULES R-ID-1: ISO 7064 MOD 11-2).
 *
 * <p>This is demo data generation, not validation: the library's identity package validates.
 */
public final class ResidentIdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentIdNumbers() {
    }

    /**
     * Returns the check character for the first 17 digits of a resident ID number (R-ID-1).
     *
     * @param first17 exactly 17 ASCII digits
     * @return {@code 0}–{@code 9} or {@code X}
     * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("character " + (i + 1) + " is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Builds a resident ID number.
     *
     * @param addressCode the 6-digit GB/T 2260 address code, for example {@code 440106}
     * @param birth the birth date
     * @param sequence 0–999; odd for men, even for women (GB 11643)
     * @return the 18-character number
     * @throws IllegalArgumentException if the address code is not 6 digits or the sequence is out of
     *     range
     */
    public static String of(String addressCode, LocalDate birth, int sequence) {
        if (addressCode.length() != 6 || !addressCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("address code must be 6 digits: " + addressCode);
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be 0-999, was " + sequence);
        }
        String first17 = addressCode + birth.format(BASIC) + String.format("%03d", sequence);
        return first17 + checkCharacter(first17);
    }
}
