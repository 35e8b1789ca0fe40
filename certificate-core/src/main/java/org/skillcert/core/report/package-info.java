/**
 * Statistics and the upward data export (RULES R-RPT).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.report;

import javax.annotation.ParametersAreNonnullByDefault;
