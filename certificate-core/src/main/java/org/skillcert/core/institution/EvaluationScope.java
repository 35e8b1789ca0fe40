package org.skillcert.core.institution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.skillcert.core.number.SkillLevel;

/**
 * The evaluation scope filed with HRSS (§8): which occupation, job/direction and levels the
 * institution may certify (R-CERT-5). Immutable and thread-safe.
 */
public final class EvaluationScope {
    /** What a result lacks to be inside the scope, checked in this order. */
    public enum Gap {
        /** The occupation is not filed at all. */
        OCCUPATION_NOT_FILED,
        /** The occupation is filed, but not with this job/direction. */
        JOB_DIRECTION_NOT_FILED,
        /** The occupation and job/direction are filed, but not for this level. */
        LEVEL_NOT_FILED
    }

    /** One filed line: an occupation, a job/direction (possibly none) and its levels. */
    public static final class Entry {
        private final String occupation;
        private final JobDirection jobDirection;
        private final Set<SkillLevel> levels;

        Entry(String occupation, JobDirection jobDirection, Set<SkillLevel> levels) {
            this.occupation = occupation;
            this.jobDirection = jobDirection;
            this.levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
        }

        /**
         * Returns the occupation (职业名称).
         *
         * @return the occupation
         */
        public String occupation() {
            return occupation;
        }

        /**
         * Returns the job/direction.
         *
         * @return the job/direction, possibly {@link JobDirection#NONE}
         */
        public JobDirection jobDirection() {
            return jobDirection;
        }

        /**
         * Returns the filed levels.
         *
         * @return at least one level
         */
        public Set<SkillLevel> levels() {
            return levels;
        }

        @Override
        public String toString() {
            return occupation + " / " + jobDirection + " " + levels;
        }
    }

    private final Map<String, List<Entry>> byOccupation;

    private EvaluationScope(Map<String, List<Entry>> byOccupation) {
        this.byOccupation = byOccupation;
    }

    /**
     * Starts a scope.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks whether an occupation, job/direction and level lie inside the scope (R-CERT-5).
     *
     * @param occupation the occupation name, compared after stripping white space
     * @param jobDirection the job/direction
     * @param level the level
     * @return what is missing, or empty if the scope covers it
     */
    public Optional<Gap> check(String occupation, JobDirection jobDirection, SkillLevel level) {
        List<Entry> entries = byOccupation.get(occupation.strip());
        if (entries == null) {
            return Optional.of(Gap.OCCUPATION_NOT_FILED);
        }
        boolean jobFiled = false;
        for (Entry e : entries) {
            if (e.jobDirection.equals(jobDirection)) {
                jobFiled = true;
                if (e.levels.contains(level)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(jobFiled ? Gap.LEVEL_NOT_FILED : Gap.JOB_DIRECTION_NOT_FILED);
    }

    /**
     * Tells whether the scope covers an occupation, job/direction and level.
     *
     * @param occupation the occupation
     * @param jobDirection the job/direction
     * @param level the level
     * @return true if inside the scope
     */
    public boolean permits(String occupation, JobDirection jobDirection, SkillLevel level) {
        return check(occupation, jobDirection, level).isEmpty();
    }

    /**
     * Returns every filed line, in the order added.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        byOccupation.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    @Override
    public String toString() {
        return entries().toString();
    }

    /** Collects the filed lines of a scope. Not thread-safe. */
    public static final class Builder {
        private final Map<String, List<Entry>> byOccupation = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a filed line.
         *
         * @param occupation the occupation name as HRSS publishes it
         * @param jobDirection the job/direction; blank or {@code --} for none
         * @param level the first filed level
         * @param more further filed levels
         * @return this builder
         * @throws IllegalArgumentException if the occupation is blank, or the occupation or
         *     job/direction does not start with a letter or digit or has a control or format character
         *     (so that no name reads as a formula in an exported spreadsheet)
         */
        public Builder add(String occupation, String jobDirection, SkillLevel level, SkillLevel... more) {
            String occ = occupation.strip();
            if (occ.isEmpty()) {
                throw new IllegalArgumentException("occupation is blank (R-CERT-5)");
            }
            ScopeText.check("occupation", occ);
            JobDirection job = JobDirection.of(jobDirection);
            if (!job.isNone()) {
                ScopeText.check("job/direction", job.toString());
            }
            EnumSet<SkillLevel> levels = EnumSet.of(Objects.requireNonNull(level), more);
            byOccupation.computeIfAbsent(occ, k -> new ArrayList<>()).add(new Entry(occ, job, levels));
            return this;
        }

        /**
         * Builds the scope.
         *
         * @return the scope
         * @throws IllegalStateException if nothing was added
         */
        public EvaluationScope build() {
            if (byOccupation.isEmpty()) {
                throw new IllegalStateException("an evaluation scope needs at least one filed line");
            }
            Map<String, List<Entry>> copy = new LinkedHashMap<>();
            byOccupation.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new EvaluationScope(Collections.unmodifiableMap(copy));
        }
    }
}
