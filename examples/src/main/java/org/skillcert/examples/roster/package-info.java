/**
 * Reading the candidate rosters that schools export (CSV in UTF-8 or GBK, Excel .xlsx) into plain
 * rows of text, with every unreadable row reported by the row number the user sees in Excel.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.examples.roster;

import javax.annotation.ParametersAreNonnullByDefault;
