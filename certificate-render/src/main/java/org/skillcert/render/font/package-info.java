/**
 * Fonts by role (Kai, FangSong, Song, Latin), their resolution chain and glyph checks (R-LAY-3, R-LAY-4).
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.font;

import javax.annotation.ParametersAreNonnullByDefault;
