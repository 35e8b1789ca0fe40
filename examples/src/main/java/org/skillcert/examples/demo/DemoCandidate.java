package org.skillcert.examples.demo;

import java.time.LocalDate;

/**
 * One candidate of the demo roster: what the national query system says this person passed.
 *
 * @param resultId the demo's result id, {@code DEMO-2026-001} …
 * @param name the holder's name
 * @param idType the ID document type, 居民身份证 or 港澳居民来往内地通行证
 * @param idNumber the ID number, valid for its type (R-ID)
 * @param occupation the occupation
 * @param job the job/direction, {@code --} for none (R-CERT-4)
 * @param level the level code, 1–5
 * @param queryable the date the result became queryable (R-ISS-1)
 * @param photo the photo file name, relative to the roster's folder
 */
public record DemoCandidate(String resultId, String name, String idType, String idNumber, String occupation,
        String job, int level, LocalDate queryable, String photo) {

    /**
     * Checks the level.
     *
     * @throws IllegalArgumentException if the level is outside 1–5
     */
    public DemoCandidate {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level must be 1-5, was " + level);
        }
    }

    /**
     * The result id, name and pass, without the ID number.
     *
     * @return text for logs
     */
    @Override
    public String toString() {
        // no ID number here: toString ends up in logs
        return "DemoCandidate[" + resultId + ", " + name + ", " + occupation + "/" + job + ", level " + level + "]";
    }
}
