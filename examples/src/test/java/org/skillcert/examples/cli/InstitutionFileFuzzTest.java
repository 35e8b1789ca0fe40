package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.spi.SkillcertException;
import org.skillcert.testing.Fuzz;

/**
 * Issue 10: institution files, mutated from the demo school's: 1,000 files; only the documented
 * {@link UncheckedIOException} (unreadable or malformed line) and {@link SkillcertException} (a
 * refused name or site code) escape, which the CLI turns into one line and exit 2 or 1.
 */
class InstitutionFileFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedInstitutionFilesOnlyThrowTheDocumentedExceptions() throws IOException {
        Path demo = dir.resolve("demo.properties");
        InstitutionFile.writeDemoSchool(demo);
        Path file = dir.resolve("fuzz.properties");
        Fuzz.bytes("InstitutionFile.read", 1_000, List.of(Files.readAllBytes(demo)), b -> {
            Files.write(file, b);
            InstitutionFile.read(file);
        }, UncheckedIOException.class, SkillcertException.class);
    }
}
