package org.skillcert.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.skillcert.core.institution.Institution;

/** The demo school's institution file, for the benchmark programs outside this package. */
public final class InstitutionFileAccess {
    private InstitutionFileAccess() {
    }

    /**
     * Writes the demo school's institution file.
     *
     * @param file the file
     * @throws IOException if it cannot be written
     */
    public static void writeDemoSchool(Path file) throws IOException {
        InstitutionFile.writeDemoSchool(file);
    }

    /**
     * Writes and reads the demo school.
     *
     * @param file where its institution file goes
     * @return the institution
     * @throws IOException if it cannot be written
     */
    public static Institution demoSchool(Path file) throws IOException {
        InstitutionFile.writeDemoSchool(file);
        return InstitutionFile.read(file);
    }
}
