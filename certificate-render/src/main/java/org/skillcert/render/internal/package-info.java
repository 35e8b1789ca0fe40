/**
 * How certificate-render draws, kept out of its public API: text fitting, the vector seal, the QR
 * code, font access, and (for the certificate and the forms alike) painting and PDF writing.
 *
 * <p>Not part of the public API: outside the compatibility gate, may change in any release; its
 * public signatures may use PDFBox, fontbox and ZXing types. Do not use it from outside skillcert.
 * Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.internal;

import javax.annotation.ParametersAreNonnullByDefault;
