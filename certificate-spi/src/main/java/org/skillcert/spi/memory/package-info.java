/**
 * In-memory reference adapters of the storage ports: thread-safe, for tests and small tools;
 * everything is lost when the process ends.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.spi.memory;

import javax.annotation.ParametersAreNonnullByDefault;
