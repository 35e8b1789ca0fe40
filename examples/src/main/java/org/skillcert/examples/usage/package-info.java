/**
 * One small, runnable program per way of using the library; each is run by the test suite and
 * walked through in {@code docs/readme/cli.md}.
 *
 * <ol>
 *   <li>{@link org.skillcert.examples.usage.ValidateNumbersExample}: validate certificate numbers
 *       inside another application (only {@code certificate-core}, no database).</li>
 *   <li>{@link org.skillcert.examples.usage.FileSequencerExample}: plug in your own storage, a
 *       sequencer in a journal file that passes the spi contract tests.</li>
 *   <li>{@link org.skillcert.examples.usage.SchoolSystemExample}: a school system issuing through the
 *       API on PostgreSQL.</li>
 *   <li>{@link org.skillcert.examples.usage.RenderPdfExample}: a certificate PDF from plain values.</li>
 * </ol>
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.examples.usage;

import javax.annotation.ParametersAreNonnullByDefault;
