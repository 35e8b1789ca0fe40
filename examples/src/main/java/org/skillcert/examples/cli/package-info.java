/**
 * The {@code skillcert} command line: {@link org.skillcert.examples.cli.SkillcertCommand} and one
 * class per subcommand.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.examples.cli;

import javax.annotation.ParametersAreNonnullByDefault;
