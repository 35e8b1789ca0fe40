/**
 * PDF/A-2b, the archival PDF an electronic certificate is written as (R-CERT-7): which documents
 * ({@link org.skillcert.render.pdfa.ArchivalPolicy}); the conversion itself lives in an internal package.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.pdfa;

import javax.annotation.ParametersAreNonnullByDefault;
