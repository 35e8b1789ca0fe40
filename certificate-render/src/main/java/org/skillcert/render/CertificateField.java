package org.skillcert.render;

import java.util.Optional;
import java.util.function.Function;

/**
 * The variable values a certificate layout's {@code field} elements can show, by layout id.
 */
public enum CertificateField {
    /** The institution's name in the body text and the institution block. */
    INSTITUTION_NAME("institution.name", false, CertificateContent::institutionName),
    /** The institution's English name (or the Chinese name) in the English body text. */
    INSTITUTION_NAME_EN("institution.name.en", false,
            c -> c.institutionNameEnglish().isEmpty() ? c.institutionName() : c.institutionNameEnglish()),
    /** The issue date, {@code 2025年6月30日}. */
    ISSUE_DATE("issue.date", false, CertificateContent::issueDateText),
    /** The holder's name. */
    HOLDER_NAME("holder.name", false, CertificateContent::holderName),
    /** The ID type in Chinese. */
    ID_TYPE("id.type", false, CertificateContent::idTypeChinese),
    /** The ID type in English. */
    ID_TYPE_EN("id.type.en", false, CertificateContent::idTypeEnglish),
    /** The ID number. */
    ID_NUMBER("id.number", false, CertificateContent::idNumber),
    /** The occupation. */
    OCCUPATION("occupation", false, CertificateContent::occupation),
    /** The occupation in English. */
    OCCUPATION_EN("occupation.en", false, CertificateContent::occupationEnglish),
    /** The job/direction, {@code --} when none (R-CERT-4). */
    JOB("job", false, CertificateContent::job),
    /** The job in English. */
    JOB_EN("job.en", false, CertificateContent::jobEnglish),
    /** The level, {@code 三级/高级工} (R-LVL-1). */
    SKILL_LEVEL("skill.level", false, c -> c.level().chineseText()),
    /** The level in English. */
    SKILL_LEVEL_EN("skill.level.en", false, c -> c.level().englishText()),
    /** The certificate number. */
    CERTIFICATE_NUMBER("certificate.number", false, CertificateContent::certificateNumber),
    /** The sheet number, {@code NO. 00012345}: pre-printed on stock, so only the electronic certificate draws it. */
    SHEET_NUMBER("sheet.number", true, c -> c.sheetNumber().map(n -> "NO. " + n).orElse("")),
    /** The certificate query URL: pre-printed on stock. */
    CERTIFICATE_QUERY_URL("url.certificate", true, CertificateContent::certificateQueryUrl),
    /** The institution query URL: pre-printed on stock. */
    INSTITUTION_QUERY_URL("url.institution", true, CertificateContent::institutionQueryUrl);

    private final String id;
    private final boolean preprinted;
    private final Function<CertificateContent, String> value;

    CertificateField(String id, boolean preprinted, Function<CertificateContent, String> value) {
        this.id = id;
        this.preprinted = preprinted;
        this.value = value;
    }

    /**
     * Returns the id used in layout files.
     *
     * @return e.g. {@code holder.name}
     */
    public String id() {
        return id;
    }

    /**
     * Tells whether blank stock already carries this value, so the overlay leaves it out.
     *
     * @return true for the sheet number and the URLs
     */
    public boolean preprinted() {
        return preprinted;
    }

    /**
     * Returns the text this field shows for a certificate.
     *
     * @param content the certificate
     * @return the text, possibly empty
     */
    public String value(CertificateContent content) {
        return value.apply(content);
    }

    /**
     * Finds a field by its layout id.
     *
     * @param id the id
     * @return the field, or empty
     */
    public static Optional<CertificateField> find(String id) {
        for (CertificateField f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
