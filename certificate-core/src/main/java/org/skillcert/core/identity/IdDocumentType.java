package org.skillcert.core.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The identity documents a certificate holder may show (证件类型), with the names written on the
 * certificate (RULES R-ID; the guideline requires a type and a number but lists no types).
 */
public enum IdDocumentType {
    /** 居民身份证, GB 11643-1999, 18 characters with an ISO 7064 MOD 11-2 check (R-ID-1). */
    RESIDENT_ID_CARD("居民身份证", "Resident Identity Card"),
    /** 港澳台居民居住证, the resident ID form with address code 810000, 820000 or 830000 (R-ID-2). */
    HMT_RESIDENCE_PERMIT("港澳台居民居住证", "Residence Permit for Hong Kong, Macao and Taiwan Residents"),
    /** 外国人永久居留身份证, the 2023 18-character form or the older 15-character form (R-ID-3). */
    FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证", "Foreign Permanent Resident ID Card"),
    /** 港澳居民来往内地通行证: {@code H} or {@code M} and 8 or 10 digits (R-ID-4). */
    HK_MACAO_TRAVEL_PERMIT("港澳居民来往内地通行证", "Mainland Travel Permit for Hong Kong and Macao Residents"),
    /** 台湾居民来往大陆通行证: 8 digits (R-ID-4). */
    TAIWAN_TRAVEL_PERMIT("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan Residents"),
    /** 护照: 5 to 17 letters or digits, no check character (R-ID-4). */
    PASSPORT("护照", "Passport");

    private final String chineseName;
    private final String englishName;

    IdDocumentType(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name written on the certificate, e.g. {@code 居民身份证}.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name, e.g. {@code Resident Identity Card}.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Reads a document type from its Chinese name, its English name (any case) or its constant
     * name; surrounding white space is ignored. A roster that says 身份证 means the resident ID card.
     *
     * @param text the text to read
     * @return the type, or empty if the text names none
     */
    public static Optional<IdDocumentType> find(CharSequence text) {
        String s = text.toString().strip();
        if (s.equals("身份证")) {
            return Optional.of(RESIDENT_ID_CARD);
        }
        for (IdDocumentType type : values()) {
            if (s.equals(type.chineseName) || s.equalsIgnoreCase(type.englishName)
                    || s.toUpperCase(Locale.ROOT).equals(type.name())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
