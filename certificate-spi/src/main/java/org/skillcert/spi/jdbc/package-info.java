/**
 * JDBC reference adapters of the storage ports: plain {@code java.sql} over the caller's
 * {@link javax.sql.DataSource}, portable SQL tested on H2 and PostgreSQL, a versioned schema
 * created on first use, serialization failures (SQLState 40001) retried.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.spi.jdbc;

import javax.annotation.ParametersAreNonnullByDefault;
