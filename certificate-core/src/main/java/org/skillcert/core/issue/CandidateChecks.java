package org.skillcert.core.issue;

import static org.skillcert.core.issue.CandidateResult.MAX_PHOTO_LENGTH;
import static org.skillcert.core.issue.CandidateResult.MAX_RESULT_ID_LENGTH;
import static org.skillcert.core.issue.CandidateResult.MAX_TEXT_LENGTH;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.identity.IdNumber;
import org.skillcert.core.identity.IdNumberException;
import org.skillcert.core.institution.EvaluationScope;
import org.skillcert.core.institution.JobDirection;
import org.skillcert.core.number.SkillLevel;

/**
 * The row validation of {@link CandidateResult.Builder}: one pass over the fields as written,
 * collecting problems instead of stopping at the first.
 */
final class CandidateChecks {
    // the builder's fields as written, read once
    private final String name;
    private final String idType;
    private final String idNumber;
    private final String occupation;
    private final String jobDirection;
    private final String level;
    private final String queryableOn;
    private final String resultId;
    private final String photo;
    @Nullable
    private final IdDocumentType idTypeValue;
    @Nullable
    private final SkillLevel levelValue;
    @Nullable
    private final LocalDate queryableValue;
    private final LocalDate today;
    final List<ResultProblem> problems = new ArrayList<>();
    IdNumber id;
    SkillLevel skillLevel;
    LocalDate date;

    CandidateChecks(CandidateResult.Builder b, LocalDate today) {
        this.name = b.name;
        this.idType = b.idType;
        this.idNumber = b.idNumber;
        this.occupation = b.occupation;
        this.jobDirection = b.jobDirection;
        this.level = b.level;
        this.queryableOn = b.queryableOn;
        this.resultId = b.resultId;
        this.photo = b.photo;
        this.idTypeValue = b.idTypeValue;
        this.levelValue = b.levelValue;
        this.queryableValue = b.queryableValue;
        this.today = today;
    }

    CandidateChecks run(EvaluationScope scope) {
        name();
        idNumber();
        if (occupation.isBlank()) {
            add(ResultProblem.Field.OCCUPATION, ResultProblem.Reason.MISSING, 0, "R-CERT-1", "occupation is blank");
        } else {
            tooLong(ResultProblem.Field.OCCUPATION, occupation.strip(), MAX_TEXT_LENGTH);
        }
        tooLong(ResultProblem.Field.JOB_DIRECTION, jobDirection.strip(), MAX_TEXT_LENGTH);
        skillLevel = levelValue != null ? levelValue : SkillLevel.find(level).orElse(null);
        if (skillLevel == null) {
            add(ResultProblem.Field.LEVEL, level.isBlank() ? ResultProblem.Reason.MISSING : ResultProblem.Reason.UNKNOWN_VALUE,
                    0, "R-LVL-1", "not a skill level");
        }
        if (!occupation.isBlank() && skillLevel != null) {
            scope(scope);
        }
        queryableDate();
        resultId();
        if (photo.isBlank()) {
            add(ResultProblem.Field.PHOTO, ResultProblem.Reason.MISSING, 0, "R-CERT-1", "photo reference is blank");
        } else {
            tooLong(ResultProblem.Field.PHOTO, photo.strip(), MAX_PHOTO_LENGTH);
        }
        return this;
    }

    private void name() {
        String s = name.strip();
        if (s.isEmpty()) {
            add(ResultProblem.Field.NAME, ResultProblem.Reason.MISSING, 0, "R-CERT-1", "name is blank");
            return;
        }
        if (tooLong(ResultProblem.Field.NAME, s, MAX_TEXT_LENGTH)) {
            return;
        }
        int position = 1;
        for (int i = 0; i < s.length(); position++) {
            int cp = s.codePointAt(i);
            // letters of any script, the middle dot of transliterated names, and spaces or hyphens of Latin names
            // and a letter first: "-", "-A" are no names, and = + - @ first is a formula to Excel
            if (!Character.isLetter(cp) && (position == 1 || cp != '·' && cp != '•' && cp != ' ' && cp != '-' && cp != '.')) {
                add(ResultProblem.Field.NAME, ResultProblem.Reason.CHARACTER, position, "R-CERT-1",
                        "character not allowed in a name");
                return;
            }
            i += Character.charCount(cp);
        }
    }

    private void idNumber() {
        Optional<IdDocumentType> type = idTypeValue != null ? Optional.of(idTypeValue) : IdDocumentType.find(idType);
        if (type.isEmpty()) {
            add(ResultProblem.Field.ID_TYPE, idType.isBlank() ? ResultProblem.Reason.MISSING : ResultProblem.Reason.UNKNOWN_VALUE,
                    0, "R-ID", "not a known identity document type");
            return;
        }
        try {
            id = IdNumber.parse(type.get(), idNumber, today);
        } catch (IdNumberException e) {
            add(ResultProblem.Field.ID_NUMBER, ResultProblem.Reason.INVALID_ID_NUMBER, e.position(), "R-ID-5",
                    e.reason() + " (" + type.get().chineseName() + ")");
        }
    }

    private void scope(EvaluationScope scope) {
        Optional<EvaluationScope.Gap> gap = scope.check(occupation, JobDirection.of(jobDirection), skillLevel);
        if (gap.isPresent()) {
            ResultProblem.Field field = gap.get() == EvaluationScope.Gap.OCCUPATION_NOT_FILED ? ResultProblem.Field.OCCUPATION
                    : gap.get() == EvaluationScope.Gap.JOB_DIRECTION_NOT_FILED ? ResultProblem.Field.JOB_DIRECTION
                    : ResultProblem.Field.LEVEL;
            add(field, ResultProblem.Reason.OUTSIDE_FILED_SCOPE, 0, "R-CERT-5", gap.get().toString());
        }
    }

    private void queryableDate() {
        if (queryableValue != null) {
            date = queryableValue;
            if (date.isAfter(today)) {
                add(ResultProblem.Field.QUERYABLE_DATE, ResultProblem.Reason.IN_FUTURE, 0, "R-ISS-1", "queryable date is after today");
            }
            return;
        }
        if (queryableOn.isBlank()) {
            add(ResultProblem.Field.QUERYABLE_DATE, ResultProblem.Reason.MISSING, 0, "R-ISS-1", "queryable date is blank");
            return;
        }
        try {
            date = LocalDate.parse(queryableOn.strip());
        } catch (DateTimeParseException e) {
            add(ResultProblem.Field.QUERYABLE_DATE, ResultProblem.Reason.CHARACTER, e.getErrorIndex() + 1, "R-ISS-1",
                    "not an ISO date like 2026-03-02");
            return;
        }
        if (date.isAfter(today)) {
            add(ResultProblem.Field.QUERYABLE_DATE, ResultProblem.Reason.IN_FUTURE, 0, "R-ISS-1", "queryable date is after today");
        }
    }

    private void resultId() {
        String s = resultId.strip();
        if (s.isEmpty()) {
            add(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.MISSING, 0, "R-NUM-5", "result id is blank");
            return;
        }
        if (s.length() > MAX_RESULT_ID_LENGTH) {
            add(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.TOO_LONG, MAX_RESULT_ID_LENGTH + 1, "R-NUM-5",
                    "result id is longer than " + MAX_RESULT_ID_LENGTH);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                add(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.CHARACTER, i + 1, "R-NUM-5",
                        "result ids are visible ASCII");
                return;
            }
        }
    }

    /** Whether a value is longer than the registry keeps; adds the problem at the first character too many. */
    private boolean tooLong(ResultProblem.Field field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            add(field, ResultProblem.Reason.TOO_LONG, max + 1, "R-CERT-1",
                    "is " + length + " characters; at most " + max + " are kept");
            return true;
        }
        return false;
    }

    private void add(ResultProblem.Field field, ResultProblem.Reason reason, int position, String rule, String detail) {
        problems.add(new ResultProblem(field, reason, position, rule, detail));
    }
}
