/**
 * Implementation shared by skillcert's own modules and adapters: input checks of the ports and
 * the one definition of the certificate number's shape. Not part of the public API: outside the
 * compatibility gate, may change in any release; do not use it from outside skillcert.
 */
@ParametersAreNonnullByDefault
package org.skillcert.spi.internal;

import javax.annotation.ParametersAreNonnullByDefault;
