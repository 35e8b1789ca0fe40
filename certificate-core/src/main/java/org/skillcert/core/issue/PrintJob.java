package org.skillcert.core.issue;

import org.skillcert.core.institution.Institution;

/**
 * One certificate to print (appendix 2): the issued certificate, the issuing institution (name,
 * seal text, query addresses) and the holder's photo.
 *
 * @param certificate the issued certificate, typed
 * @param institution the issuing institution
 * @param photo the caller's photo reference from the candidate result
 * @param sheet the pre-printed sheet number to print on (R-LAY-7), or 0 for an electronic certificate
 */
public record PrintJob(IssuedCertificate certificate, Institution institution, String photo, int sheet) {
}
