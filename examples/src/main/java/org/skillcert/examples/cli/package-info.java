/**
 * The {@code skillcert} command line: subcommands, their shared options, and terminal output.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.examples.cli;

import javax.annotation.ParametersAreNonnullByDefault;
