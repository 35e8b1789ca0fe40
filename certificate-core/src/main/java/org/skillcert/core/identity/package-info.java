/**
 * Identity documents written on a certificate (证件类型 / 证件号码): document types and number checks per type (RULES R-ID).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.identity;

import javax.annotation.ParametersAreNonnullByDefault;
