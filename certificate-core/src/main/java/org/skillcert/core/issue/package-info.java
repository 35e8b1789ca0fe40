/**
 * Issuing certificates from candidate results, replacement proofs, corrections and revocations (RULES R-ISS, R-CERT).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.core.issue;

import javax.annotation.ParametersAreNonnullByDefault;
