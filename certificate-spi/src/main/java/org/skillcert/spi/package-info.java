/**
 * Storage ports of skillcert: plain-data contracts that a school's own storage implements.
 *
 * <h2>Failures: one contract for every module</h2>
 * Every failure skillcert means to throw is an unchecked {@link org.skillcert.spi.SkillcertException}.
 * Each family (this package's {@code StorageException}, {@code SequencerException},
 * {@code RegistryException}, {@code StockException}; core's number, identity, institution,
 * calendar and workflow exceptions; render's {@code RenderException}) has a closed {@code Reason}
 * enum implementing {@link org.skillcert.spi.FailureReason}, returned by
 * {@link org.skillcert.spi.SkillcertException#reason() reason()} (narrowed by each subclass), and
 * every one offers {@link org.skillcert.spi.SkillcertException#input() input()} (the refused value as
 * passed) and {@link org.skillcert.spi.SkillcertException#position() position()} (1-based, or
 * {@link org.skillcert.spi.SkillcertException#NO_POSITION}). {@code parse} always throws; a look-up
 * that may find nothing is called {@code find} and returns {@link java.util.Optional}; a check that
 * does not throw returns a verdict. The message is for people and not part of the API.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.spi;

import javax.annotation.ParametersAreNonnullByDefault;
