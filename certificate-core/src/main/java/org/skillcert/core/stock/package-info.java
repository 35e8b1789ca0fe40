/**
 * Blank certificate stock: receiving, handing out, spoilage, destruction, stocktakes and the yearly demand form (RULES R-STK).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.stock;

import javax.annotation.ParametersAreNonnullByDefault;
