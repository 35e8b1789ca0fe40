package org.skillcert.examples.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.skillcert.core.number.SkillLevel;

/**
 * One candidate row of a roster, as text: nothing here is validated beyond "the required cells
 * are not blank"; the issuing workflow checks every field and reports against {@link #row()}.
 *
 * <p>Cells are stripped of surrounding white space. An absent or blank job is {@code --}
 * (R-CERT-4); an absent ID type column means {@value #DEFAULT_ID_TYPE}.
 *
 * @param row the row number as the user sees it in Excel (the header is usually row 1), 1 or more
 * @param resultId the caller's result id, or the {@linkplain #derivedResultId derived} one
 * @param resultIdDerived {@code true} when {@code resultId} was derived because the roster has no
 *     result id column
 * @param name the holder's name
 * @param idType the ID document type as written
 * @param idNumber the ID number as written (only stripped)
 * @param occupation the occupation (职业名称)
 * @param job the job/direction (工种/职业方向), {@code --} when none
 * @param level the skill level as written, for example {@code 三级/高级工} or {@code 3}
 * @param queryableDate the date the result became queryable, as written or ISO {@code yyyy-MM-dd}
 *     when Excel stored a date
 * @param photo the photo file as written, relative to the roster's folder
 */
public record RosterRow(int row, String resultId, boolean resultIdDerived, String name, String idType,
        String idNumber, String occupation, String job, String level, String queryableDate, String photo) {

    /** The ID type assumed when a roster has no 证件类型 column. */
    public static final String DEFAULT_ID_TYPE = "居民身份证";

    /** The job/direction text for "none" (R-CERT-4). */
    public static final String NO_JOB = "--";

    /**
     * Checks the row number and that no component is null.
     *
     * @throws IllegalArgumentException if {@code row} is below 1
     */
    public RosterRow {
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
        Objects.requireNonNull(resultId, "resultId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(queryableDate, "queryableDate");
        Objects.requireNonNull(photo, "photo");
    }

    /**
     * Derives a stable result id for a roster that has none: {@code R} followed by the first 20
     * hex digits of SHA-256 over the ID type, the ID number (upper case), the occupation, the job
     * and the level code (or the level text when it names no level).
     *
     * <p>Why these fields: a person holds at most one certificate per occupation, job and level, so
     * this identifies the pass. The name and the queryable date are left out on purpose, so that
     * fixing a typo in either and re-running the roster does not issue a second certificate;
     * re-running the same roster, in any row order, gives the same ids and so issues nothing twice.
     *
     * @param idType the ID type text
     * @param idNumber the ID number text
     * @param occupation the occupation
     * @param job the job/direction ({@code --} or blank for none)
     * @param level the level text
     * @return a 21-character id such as {@code R3f9a…}
     */
    public static String derivedResultId(String idType, String idNumber, String occupation, String job,
            String level) {
        String levelKey = SkillLevel.find(level).map(l -> Integer.toString(l.code())).orElse(level.strip());
        String jobKey = job.isBlank() ? NO_JOB : job.strip();
        String key = String.join("\u001f", idType.strip(), idNumber.strip().toUpperCase(Locale.ROOT),
                occupation.strip(), jobKey, levelKey);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "R" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }

    /**
     * The row, result id, name and pass, without the ID number.
     *
     * @return text for logs
     */
    @Override
    public String toString() {
        // no ID number here: toString ends up in logs (and the derived result id does not reveal it)
        return "RosterRow[" + row + ", " + resultId + ", " + name + ", " + occupation + "/" + job + ", " + level + "]";
    }
}
