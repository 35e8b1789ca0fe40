/**
 * PAdES signatures on certificate PDFs (R-CERT-7): the institution's key
 * ({@link org.skillcert.render.sign.SigningKey}) and the signer
 * ({@link org.skillcert.render.sign.CertificateSigner}), baseline B-B and, with a time-stamp
 * authority, B-T. Needs BouncyCastle ({@code org.bouncycastle:bcpkix-jdk18on} and
 * {@code bcprov-jdk18on}) on the class path, an optional dependency of this module: without it
 * everything else in the library works, and signing fails with
 * {@link org.skillcert.render.sign.SignException.Reason#BOUNCYCASTLE_MISSING}.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.sign;

import javax.annotation.ParametersAreNonnullByDefault;
