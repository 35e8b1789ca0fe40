package org.skillcert.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * poppler's {@code pdfsig}, a signature checker nobody here wrote. {@code .ci/run} installs
 * poppler-utils when it is missing; where that was impossible the checks are skipped with the reason.
 */
final class Pdfsig {
    private Pdfsig() {
    }

    /** Runs {@code pdfsig FILE} and returns what it printed; skips the test when pdfsig is not installed. */
    static String check(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            String why = "pdfsig (poppler-utils) is not installed and .ci/run could not install it: " + e.getMessage();
            System.err.println("skipped: " + why);
            Assumptions.abort(why);
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("pdfsig did not finish");
        }
        return out;
    }
}
