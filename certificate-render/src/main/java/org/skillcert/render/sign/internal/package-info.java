/**
 * Implementation of signing with PDFBox and BouncyCastle; not API, outside the compatibility
 * promise. Classes here that name BouncyCastle types are loaded only once
 * {@link org.skillcert.render.sign.internal.Bouncy#require(String)} has found it.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.sign.internal;

import javax.annotation.ParametersAreNonnullByDefault;
