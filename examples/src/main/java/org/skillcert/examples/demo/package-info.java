/**
 * The built-in demo data: a fictional Guangzhou technical school, a roster of about fifty
 * candidates with valid ID numbers, and generated silhouette photos (no photos of real people).
 *
 * <p>Everything here is deterministic: the same build makes the same roster and the same photo
 * bytes, so demo output can be compared across runs.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.examples.demo;

import javax.annotation.ParametersAreNonnullByDefault;
