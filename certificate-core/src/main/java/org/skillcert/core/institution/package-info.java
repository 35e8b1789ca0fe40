/**
 * The evaluation institution (评价机构): its filed name, site, evaluation scope, seal text and query addresses (RULES R-CERT-1, R-CERT-3, R-CERT-5).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.institution;

import javax.annotation.ParametersAreNonnullByDefault;
