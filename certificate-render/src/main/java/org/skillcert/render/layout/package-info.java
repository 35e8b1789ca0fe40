/**
 * Layouts as data in millimetres and the text fit rule (R-LAY).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.layout;

import javax.annotation.ParametersAreNonnullByDefault;
