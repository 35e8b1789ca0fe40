/**
 * Working days by the State Council holiday schedule (RULES R-CAL), with the schedule kept as data.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.calendar;

import javax.annotation.ParametersAreNonnullByDefault;
