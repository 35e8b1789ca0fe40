package org.skillcert.core.report;

import javax.annotation.Nullable;
import org.skillcert.core.number.SkillLevel;

/**
 * The figures of one level × occupation × region in a period (R-RPT-1). Sheets spoiled while still
 * blank belong to no certificate: they are counted in a row with null level and occupation.
 *
 * @param level the level, or null for blank sheets spoiled
 * @param occupation the occupation, or null for blank sheets spoiled
 * @param region the region code (positions 8–9 of the number, table R-REG), or {@code --}
 * @param issued certificates first issued in the period
 * @param corrected certificates re-made by a correction in the period (R-ISS-3)
 * @param revoked certificates revoked in the period (R-ISS-4)
 * @param replaced replacement proofs made in the period (R-ISS-2)
 * @param sheetsUsed sheets printed or spoiled in the period (a reprint uses a second sheet)
 * @param sheetsSpoiled sheets spoiled in the period
 */
public record StatisticsRow(@Nullable SkillLevel level, @Nullable String occupation, String region, long issued,
        long corrected, long revoked, long replaced, long sheetsUsed, long sheetsSpoiled) {
}
