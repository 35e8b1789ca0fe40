/**
 * Storage ports of skillcert: plain-data contracts that a school's own storage implements.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.spi;

import javax.annotation.ParametersAreNonnullByDefault;
