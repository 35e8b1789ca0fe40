/**
 * Verifying certificate PDFs (R-CERT-7): {@link org.skillcert.render.verify.CertificateVerifier}
 * gives a {@link org.skillcert.render.verify.VerificationReport} with one of a few named
 * {@link org.skillcert.render.verify.Outcome}s and the {@link org.skillcert.render.verify.Finding}s behind it.
 * Checking signatures needs BouncyCastle on the class path; without it a signed file is reported
 * {@code SIGNATURE_NOT_CHECKED}.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.verify;

import javax.annotation.ParametersAreNonnullByDefault;
