package org.skillcert.render;

import javax.annotation.Nullable;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.IssuedCertificate;
import org.skillcert.core.issue.PrintJob;

/** The mapping behind {@link CertificateContent#from}: an issued certificate's typed values onto the page's. */
final class IssuedContent {
    private IssuedContent() {
    }

    static CertificateContent of(IssuedCertificate certificate, Institution institution, @Nullable Photo photo) {
        return CertificateContent.builder()
                .institutionName(institution.name().toString())
                .issueDate(certificate.issueDate())
                .holderName(certificate.holderName())
                .idType(certificate.idTypeText(), certificate.idType().map(IdDocumentType::englishName).orElse(null))
                .idNumber(certificate.idNumber())
                .occupation(certificate.occupation(), null)
                .job(certificate.jobDirection().toString(), null)
                .level(certificate.level())
                .certificateNumber(certificate.number().toString())
                .photo(photo)
                .queryUrls(institution.certificateQueryUrl().toString(), institution.institutionQueryUrl().toString())
                .build();
    }

    static CertificateContent of(PrintJob job, @Nullable Photo photo) {
        CertificateContent c = of(job.certificate(), job.institution(), photo);
        return job.sheet() == 0 ? c : c.toBuilder().sheetNumber(String.format("%08d", job.sheet())).build();
    }
}
