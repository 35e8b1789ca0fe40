/**
 * Implementation of certificate verification with PDFBox, ZXing and BouncyCastle; not API,
 * outside the compatibility promise. {@link org.skillcert.render.verify.internal.SignatureCheck}
 * names BouncyCastle types and is loaded only when BouncyCastle is present.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.verify.internal;

import javax.annotation.ParametersAreNonnullByDefault;
