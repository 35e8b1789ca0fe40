/**
 * PDF certificates (electronic and on pre-printed stock), proofs and forms from plain values (R-CERT, R-LAY, appendices 1 to 4).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render;

import javax.annotation.ParametersAreNonnullByDefault;
