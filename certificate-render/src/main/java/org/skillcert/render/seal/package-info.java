/**
 * The vector-drawn seal of the institution (R-LAY-5, R-LAY-6).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.seal;

import javax.annotation.ParametersAreNonnullByDefault;
