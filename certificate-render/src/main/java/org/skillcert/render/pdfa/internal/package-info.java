/**
 * Implementation of PDF/A-2b on PDFBox documents; not API, outside the compatibility promise.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.pdfa.internal;

import javax.annotation.ParametersAreNonnullByDefault;
