/**
 * Use 1: validate a certificate number in another application, with only {@code certificate-core}.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.examples.validate;

import javax.annotation.ParametersAreNonnullByDefault;
