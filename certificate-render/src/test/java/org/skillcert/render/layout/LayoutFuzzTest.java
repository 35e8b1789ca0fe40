package org.skillcert.render.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.render.RenderException;
import org.skillcert.testing.Fuzz;

/**
 * Issue 10: layout files (R-LAY) fuzzed from the Guangdong default: 1,000 mutated files, only
 * {@link RenderException} escapes; the seeds are printed on failure.
 */
class LayoutFuzzTest {
    @Test
    void mutatedLayoutFilesOnlyThrowRenderException() throws IOException {
        byte[] layout;
        try (InputStream in = Layout.class.getResourceAsStream("guangdong-certificate.layout")) {
            layout = in.readAllBytes();
        }
        Fuzz.bytes("Layout.parse", 1_000, List.of(layout),
                b -> Layout.parse(new StringReader(new String(b, StandardCharsets.UTF_8)), "fuzz.layout"),
                RenderException.class);
    }
}
