package org.skillcert.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.skillcert.core.number.Province;

/**
 * An identity document number checked against the rules of its document type (RULES R-ID).
 *
 * <p>The canonical form is upper case without surrounding white space: a lower-case {@code x}
 * check character (R-ID-1) and lower-case letters of permits and passports are normalised; any
 * other deviation is refused with a reason and a 1-based position (R-ID-5). Immutable and
 * thread-safe; equality is by type and canonical number. Positions count in the number without
 * its surrounding white space.
 */
public final class IdNumber {
    /**
     * The earliest birth date accepted (R-ID-1). GB 11643 numbers carry the birth dates of living
     * holders, so a date before 1900 is a typing error, not a person; without this bound a year
     * such as 0000 or 1800 with a matching check character passed.
     */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Beijing time: the date "today" for birth dates, as the issuing office sees it. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> HMT_ADDRESS_CODES = Set.of("810000", "820000", "830000");

    private final IdDocumentType type;
    private final String number;

    private IdNumber(IdDocumentType type, String number) {
        this.type = type;
        this.number = number;
    }

    /**
     * Parses and checks a number of the given type, taking today's date in China as the latest
     * allowed birth date.
     *
     * @param type the document type
     * @param text the number as written; surrounding white space is ignored
     * @return the checked number
     * @throws IdNumberException if the number fails its type's check (R-ID-5)
     */
    public static IdNumber parse(IdDocumentType type, CharSequence text) {
        return parse(type, text, LocalDate.now(CHINA));
    }

    /**
     * Parses and checks a number of the given type against a given "today".
     *
     * @param type the document type
     * @param text the number as written; surrounding white space is ignored
     * @param today the latest allowed birth date (the earliest is 1900-01-01)
     * @return the checked number
     * @throws IdNumberException if the number fails its type's check (R-ID-5)
     */
    public static IdNumber parse(IdDocumentType type, CharSequence text, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(today, "today");
        String input = text.toString();
        String s = input.strip().toUpperCase(Locale.ROOT);
        new Checker(type, input, s, today).run();
        return new IdNumber(type, s);
    }

    /**
     * Checks a number without throwing.
     *
     * @param type the document type
     * @param text the number as written
     * @param today the latest allowed birth date
     * @return the verdict: the number, or the reason and position of the refusal
     */
    public static IdNumberVerdict check(IdDocumentType type, CharSequence text, LocalDate today) {
        try {
            return IdNumberVerdict.valid(text.toString(), parse(type, text, today));
        } catch (IdNumberException refused) {
            return IdNumberVerdict.refused(refused);
        }
    }

    /**
     * Returns the document type.
     *
     * @return the type
     */
    public IdDocumentType type() {
        return type;
    }

    /**
     * Returns the canonical number, e.g. {@code 11010519491231002X}.
     *
     * @return the number
     */
    public String number() {
        return number;
    }

    /**
     * Returns the birth date encoded in an 18-character resident ID, residence permit or 2023
     * foreign permanent resident ID (positions 7–14).
     *
     * @return the birth date, or empty for types and forms that carry none
     */
    public Optional<LocalDate> birthDate() {
        boolean carriesBirthDate = type == IdDocumentType.RESIDENT_ID_CARD || type == IdDocumentType.HMT_RESIDENCE_PERMIT
                || type == IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID;
        if (!carriesBirthDate || number.length() != 18) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
    }

    /**
     * Returns the sex encoded in a resident ID or residence permit (odd 17th digit = male).
     *
     * @return the sex, or empty for other types
     */
    public Optional<Sex> sex() {
        if (type != IdDocumentType.RESIDENT_ID_CARD && type != IdDocumentType.HMT_RESIDENCE_PERMIT) {
            return Optional.empty();
        }
        return Optional.of((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /**
     * Computes the ISO 7064 MOD 11-2 check character of 17 digits (R-ID-1).
     *
     * @param first17 exactly 17 ASCII digits
     * @return {@code 0}–{@code 9} or {@code X}
     * @throws IllegalArgumentException if the argument is not 17 digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber && ((IdNumber) o).type == type && ((IdNumber) o).number.equals(number);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + number.hashCode();
    }

    /**
     * Returns the canonical number; {@code parse(type(), toString())} gives an equal value.
     *
     * @return the number
     */
    @Override
    public String toString() {
        return number;
    }

    /** The chain of checks for one input, each failing with its own reason and position. */
    private static final class Checker {
        private final IdDocumentType type;
        private final String input;
        private final String s;
        private final LocalDate today;

        Checker(IdDocumentType type, String input, String s, LocalDate today) {
            this.type = type;
            this.input = input;
            this.s = s;
            this.today = today;
        }

        void run() {
            switch (type) {
                case RESIDENT_ID_CARD:
                    eighteen();
                    notResidencePermit();
                    province(1);
                    birthDateAndCheck();
                    break;
                case HMT_RESIDENCE_PERMIT:
                    eighteen();
                    if (!HMT_ADDRESS_CODES.contains(s.substring(0, 6))) {
                        throw refuse(IdNumberException.Reason.REGION, 1, "address code must be 810000, 820000 or 830000 (R-ID-2)");
                    }
                    birthDateAndCheck();
                    break;
                case FOREIGN_PERMANENT_RESIDENT_ID:
                    foreignPermanentResident();
                    break;
                case HK_MACAO_TRAVEL_PERMIT:
                    length(9, 11);
                    if (s.length() == 10) {
                        throw refuse(IdNumberException.Reason.LENGTH, 0, "need H or M and 8 digits, optionally 2 more (R-ID-4)");
                    }
                    if (s.charAt(0) != 'H' && s.charAt(0) != 'M') {
                        throw refuse(IdNumberException.Reason.CHARACTER, 1, "must start with H or M (R-ID-4)");
                    }
                    digits(2, s.length());
                    break;
                case TAIWAN_TRAVEL_PERMIT:
                    length(8, 8);
                    digits(1, 8);
                    break;
                case PASSPORT:
                    length(5, 17);
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                            throw refuse(IdNumberException.Reason.CHARACTER, i + 1, "letters and digits only (R-ID-4)");
                        }
                    }
                    break;
                default:
                    throw new AssertionError(type);
            }
        }

        private void foreignPermanentResident() {
            if (s.length() == 15) {
                // the pre-2023 form: 3 letters then 12 digits, no check character
                for (int i = 0; i < 3; i++) {
                    char c = s.charAt(i);
                    if (c < 'A' || c > 'Z') {
                        throw refuse(IdNumberException.Reason.CHARACTER, i + 1, "the 15-character form starts with 3 letters (R-ID-3)");
                    }
                }
                digits(4, 15);
                return;
            }
            eighteen();
            if (s.charAt(0) != '9') {
                throw refuse(IdNumberException.Reason.CHARACTER, 1, "the 2023 form starts with 9 (R-ID-3)");
            }
            province(2);
            birthDateAndCheck();
        }

        private void eighteen() {
            length(18, 18);
            digits(1, 17);
            char last = s.charAt(17);
            if (!(last >= '0' && last <= '9') && last != 'X') {
                throw refuse(IdNumberException.Reason.CHARACTER, 18, "check character must be a digit or X");
            }
        }

        // R-ID-1/R-ID-2: GB 11643 numbers starting 81, 82 or 83 are issued only on 港澳台居民居住证
        // (address codes 810000, 820000, 830000); no 居民身份证 carries them. 81 and 82 are GB/T 2260
        // province codes (so the province check alone let them through) and 83 is not (so it was
        // refused as an unknown province): the three are one case, refused alike with the right type named.
        private void notResidencePermit() {
            String prefix = s.substring(0, 2);
            if (prefix.equals("81") || prefix.equals("82") || prefix.equals("83")) {
                throw refuse(IdNumberException.Reason.REGION, 1, "numbers beginning " + prefix + " are 港澳台居民居住证"
                        + " (residence permit, address code " + prefix + "0000) numbers, not 居民身份证: use type "
                        + IdDocumentType.HMT_RESIDENCE_PERMIT.name() + " (R-ID-2)");
            }
        }

        private void province(int position) {
            // GB/T 2260 province codes, the table the number package keeps (71, 81 and 82 included)
            if (Province.find(s.substring(position - 1, position + 1)).isEmpty()) {
                throw refuse(IdNumberException.Reason.REGION, position, "not a GB/T 2260 province code");
            }
        }

        private void birthDateAndCheck() {
            LocalDate birth;
            try {
                birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                        Integer.parseInt(s.substring(12, 14)));
            } catch (DateTimeException notADate) {
                throw refuse(IdNumberException.Reason.BIRTH_DATE, 7, "positions 7-14 are not a real date");
            }
            if (birth.isAfter(today)) {
                throw refuse(IdNumberException.Reason.BIRTH_DATE, 7, "birth date lies in the future");
            }
            if (birth.isBefore(EARLIEST_BIRTH)) {
                throw refuse(IdNumberException.Reason.BIRTH_DATE, 7, "birth date is before " + EARLIEST_BIRTH);
            }
            if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
                throw refuse(IdNumberException.Reason.CHECK_CHARACTER, 18, "ISO 7064 MOD 11-2 check character does not match");
            }
        }

        private void length(int min, int max) {
            if (s.length() < min || s.length() > max) {
                String expected = min == max ? Integer.toString(min) : min + "-" + max;
                throw refuse(IdNumberException.Reason.LENGTH, 0, "need " + expected + " characters, got " + s.length());
            }
        }

        private void digits(int from, int to) {
            for (int i = from - 1; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw refuse(IdNumberException.Reason.CHARACTER, i + 1, "must be an ASCII digit");
                }
            }
        }

        private IdNumberException refuse(IdNumberException.Reason reason, int position, String detail) {
            return new IdNumberException(type, reason, input, position, detail);
        }
    }
}
