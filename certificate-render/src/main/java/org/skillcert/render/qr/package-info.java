/**
 * QR codes as vector paths (the certificate's verification code, R-CERT-1).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.qr;

import javax.annotation.ParametersAreNonnullByDefault;
