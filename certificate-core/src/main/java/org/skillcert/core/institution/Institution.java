package org.skillcert.core.institution;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.skillcert.core.number.CertificateNumberFormatException;
import org.skillcert.core.number.Region;
import org.skillcert.core.number.SiteCode;
import org.skillcert.core.number.SkillLevel;

/**
 * An evaluation institution (评价机构) or one of its sites as it issues certificates: the filed
 * name (R-CERT-3), the site code that HRSS assigned (positions 1–13 of its certificate numbers,
 * R-NUM-2), the filed evaluation scope (R-CERT-5) and the two query addresses printed on each
 * certificate (R-CERT-1). Immutable and thread-safe.
 */
public final class Institution {
    /** The national certificate query address (R-CERT-1). */
    public static final URI CERTIFICATE_QUERY_URL = URI.create("http://jndj.osta.org.cn");
    /** The national institution query address, {@code pjjg} per 人社鉴发〔2021〕1号 (R-CERT-1). */
    public static final URI INSTITUTION_QUERY_URL = URI.create("http://pjjg.osta.org.cn");

    private final InstitutionName name;
    private final SiteCode siteCode;
    private final EvaluationScope scope;
    private final URI certificateQueryUrl;
    private final URI institutionQueryUrl;

    private Institution(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.siteCode = Objects.requireNonNull(b.siteCode, "siteCode");
        this.scope = Objects.requireNonNull(b.scope, "scope");
        this.certificateQueryUrl = b.certificateQueryUrl;
        this.institutionQueryUrl = b.institutionQueryUrl;
    }

    /**
     * Starts an institution.
     *
     * @return a builder with the default query addresses
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the filed name.
     *
     * @return the name
     */
    public InstitutionName name() {
        return name;
    }

    /**
     * Returns the site code, positions 1–13 of the institution's certificate numbers.
     *
     * @return the site code
     */
    public SiteCode siteCode() {
        return siteCode;
    }

    /**
     * Returns the region of table R-REG, positions 8–9 of the site code.
     *
     * @return the region, or empty for a site code outside the Guangdong profile
     */
    public Optional<Region> region() {
        return siteCode.region();
    }

    /**
     * Returns the filed evaluation scope.
     *
     * @return the scope
     */
    public EvaluationScope scope() {
        return scope;
    }

    /**
     * Returns the seal text (R-LAY-5).
     *
     * @return the name followed by 职业技能等级认定专用章
     */
    public String sealText() {
        return name.sealText();
    }

    /**
     * Returns the certificate query address printed on certificates.
     *
     * @return by default {@code http://jndj.osta.org.cn}
     */
    public URI certificateQueryUrl() {
        return certificateQueryUrl;
    }

    /**
     * Returns the institution query address printed on certificates.
     *
     * @return by default {@code http://pjjg.osta.org.cn}
     */
    public URI institutionQueryUrl() {
        return institutionQueryUrl;
    }

    /**
     * Tells whether the institution may certify this occupation, job/direction and level (R-CERT-5).
     *
     * @param occupation the occupation
     * @param jobDirection the job/direction
     * @param level the level
     * @return true if inside the filed scope
     */
    public boolean mayCertify(String occupation, JobDirection jobDirection, SkillLevel level) {
        return scope.permits(occupation, jobDirection, level);
    }

    @Override
    public String toString() {
        return name + " (" + siteCode + ")";
    }

    /** Collects the parts of an institution. Not thread-safe. */
    public static final class Builder {
        private InstitutionName name;
        private SiteCode siteCode;
        private EvaluationScope scope;
        private URI certificateQueryUrl = CERTIFICATE_QUERY_URL;
        private URI institutionQueryUrl = INSTITUTION_QUERY_URL;

        private Builder() {
        }

        /**
         * Sets the filed name.
         *
         * @param name the name as filed with HRSS
         * @return this builder
         * @throws InstitutionNameException if the name contains a forbidden word (R-CERT-3)
         */
        public Builder name(String name) {
            this.name = InstitutionName.of(name);
            return this;
        }

        /**
         * Sets the site code assigned by HRSS, read under the Guangdong technical-school profile.
         *
         * @param siteCode 13 characters, e.g. {@code S000044062001}
         * @return this builder
         * @throws CertificateNumberFormatException if the code is not a Guangdong site code (R-NUM-3)
         */
        public Builder siteCode(String siteCode) {
            this.siteCode = SiteCode.parse(siteCode);
            return this;
        }

        /**
         * Sets the site code assigned by HRSS.
         *
         * @param siteCode the site code
         * @return this builder
         */
        public Builder siteCode(SiteCode siteCode) {
            this.siteCode = Objects.requireNonNull(siteCode);
            return this;
        }

        /**
         * Sets the filed evaluation scope.
         *
         * @param scope the scope
         * @return this builder
         */
        public Builder scope(EvaluationScope scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Overrides the certificate query address (R-CERT-1, configurable).
         *
         * @param url the address
         * @return this builder
         */
        public Builder certificateQueryUrl(URI url) {
            this.certificateQueryUrl = Objects.requireNonNull(url);
            return this;
        }

        /**
         * Overrides the institution query address (R-CERT-1, configurable).
         *
         * @param url the address
         * @return this builder
         */
        public Builder institutionQueryUrl(URI url) {
            this.institutionQueryUrl = Objects.requireNonNull(url);
            return this;
        }

        /**
         * Builds the institution.
         *
         * @return the institution
         * @throws NullPointerException if the name, site code or scope is missing
         */
        public Institution build() {
            return new Institution(this);
        }
    }
}
