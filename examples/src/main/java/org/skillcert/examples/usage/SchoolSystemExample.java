package org.skillcert.examples.usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.institution.EvaluationScope;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoPhoto;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PdfCertificatePrinter;
import org.skillcert.render.Photo;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.StorageProvider;

/**
 * Example 3: a school's own system (enrolment, exams) issuing certificates through the API, on
 * PostgreSQL. The school keeps its data where it is; skillcert keeps its serials, ledger and
 * registry in its own tables ({@code skillcert_…}) in the same database.
 *
 * <p>The flow is the one every school system follows: build the institution once, open the storage
 * over the system's {@link DataSource}, then for each pass hand a {@link CandidateResult} to
 * {@link Office#issuing()} and render what was issued. The pass's id in the school system is the
 * result id, so running the same term again issues nothing twice (R-NUM-5).
 *
 * <p>Run it against a PostgreSQL database with the user and password in {@code SKILLCERT_DB_USER}
 * and {@code SKILLCERT_DB_PASSWORD}:
 * {@code java -cp examples/target/skillcert.jar org.skillcert.examples.usage.SchoolSystemExample jdbc:postgresql://localhost/school out}
 */
public final class SchoolSystemExample {

    /** A pass as the school system stores it. */
    record Pass(String passId, String name, String idNumber, String occupation, String job, SkillLevel level,
            LocalDate queryable) {

        @Override
        public String toString() {
            // no ID number here: toString ends up in logs
            return "Pass[" + passId + ", " + name + ", " + occupation + "/" + job + ", " + level + "]";
        }
    }

    /** This term's passes, as a query of the school system would return them. */
    static final List<Pass> TERM = List.of(
            new Pass("EXAM-2026-0917-001", "陈志强", "440106200503011230", "电工", "--", SkillLevel.LEVEL_5,
                    LocalDate.of(2026, 9, 24)),
            new Pass("EXAM-2026-0917-002", "欧阳晓峰", "440111199812250011", "电工", "--", SkillLevel.LEVEL_4,
                    LocalDate.of(2026, 9, 24)),
            new Pass("EXAM-2026-0917-003", "何咏诗", "440105200402140045", "电工", "--", SkillLevel.LEVEL_5,
                    LocalDate.of(2026, 9, 24)));

    private SchoolSystemExample() {
    }

    /**
     * Issues this term's certificates and writes one electronic certificate per new one.
     *
     * @param database the school system's database
     * @param out where the PDFs go
     * @param today the office's date
     * @return what happened to each pass, in order
     * @throws IOException if a PDF cannot be written
     */
    public static List<IssueOutcome> issueTerm(DataSource database, Path out, LocalDate today) throws IOException {
        Institution school = Institution.builder()
                .name("广州市穗华技工学校")                              // the filed name (R-CERT-3)
                .siteCode("S000044012017")                          // positions 1-13 from HRSS (R-NUM-3)
                .scope(EvaluationScope.builder().add("电工", "--", SkillLevel.LEVEL_5, SkillLevel.LEVEL_4).build())
                .build();
        Files.createDirectories(out);
        List<IssueOutcome> outcomes = new ArrayList<>();
        // the jdbc provider is found through ServiceLoader because the configuration carries a DataSource
        try (Storage storage = StorageProvider.load(StorageConfig.of(database))) {
            Office office = Office.builder(school, storage).actor("教务系统")
                    .clock(Clock.fixed(today.atTime(LocalTime.NOON).atZone(Office.CHINA).toInstant(), Office.CHINA))
                    // printing in one line: the renderer makes each issued certificate's PDF itself;
                    // the photo reference is the pass id, looked up in the school system's photo store
                    .printer(PdfCertificatePrinter.of(CertificateRenderer.builder().build(), out, SchoolSystemExample::photo))
                    .build();
            for (Pass pass : TERM) {
                outcomes.add(office.issuing().issue(CandidateResult.builder()
                        .resultId(pass.passId())
                        .name(pass.name()).idType(IdDocumentType.RESIDENT_ID_CARD).idNumber(pass.idNumber())
                        .occupation(pass.occupation()).jobDirection(pass.job()).level(pass.level())
                        .queryableOn(pass.queryable()).photo(pass.passId()), null));   // null: electronic
            }
        }
        return outcomes;
    }

    /** The school system's photo of a pass (here: a generated silhouette per pass). */
    static Photo photo(String passId) {
        for (int i = 0; i < TERM.size(); i++) {
            if (TERM.get(i).passId().equals(passId)) {
                return Photo.of(DemoPhoto.jpeg(i + 1));
            }
        }
        throw new IllegalArgumentException("no photo for pass " + passId);
    }

    /**
     * Issues the term on the PostgreSQL database given as the first argument.
     *
     * @param args the JDBC URL, then the output folder (default {@code certificates})
     * @throws IOException if a PDF cannot be written
     */
    public static void main(String[] args) throws IOException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(args[0]);
        database.setUser(System.getenv("SKILLCERT_DB_USER"));
        database.setPassword(System.getenv("SKILLCERT_DB_PASSWORD"));
        Path out = Path.of(args.length > 1 ? args[1] : "certificates");
        // every call of the library borrows a connection: hand it a pool, never the bare driver
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(database);
        pool.setMaximumPoolSize(4);
        try (HikariDataSource pooled = new HikariDataSource(pool)) {
            for (IssueOutcome o : issueTerm(pooled, out, LocalDate.now(Office.CHINA))) {
                System.out.println(o.resultId() + ": " + o.kind() + o.issued().map(c -> " " + c.number()).orElse("")
                        + (o.problems().isEmpty() ? "" : " " + o.problems()));
            }
        }
    }
}
