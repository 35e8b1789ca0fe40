/**
 * Certificate numbers (证书编号) per the national numbering rule and the Guangdong
 * technical-school profile (RULES R-NUM, R-REG, R-LVL).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.number;

import javax.annotation.ParametersAreNonnullByDefault;
