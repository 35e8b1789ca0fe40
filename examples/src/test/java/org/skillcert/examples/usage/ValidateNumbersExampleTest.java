package org.skillcert.examples.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateNumbersExampleTest {

    @Test
    void theExampleRunsAndAnswersEachSample() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ValidateNumbersExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                // R-NUM-3, R-REG, R-LVL
                "S000044012017263000001: valid Guangdong technical-school number, 广州市, 2026, 三级/高级工, serial 1",
                "S000044012017263000002: valid Guangdong technical-school number, 广州市, 2026, 三级/高级工, serial 2",
                // R-NUM-4: two profiles, the Guangdong reason names the first failing position
                "Y000111000001195000001: well-formed nationally (province 11), but not a Guangdong technical-school"
                        + " number: CATEGORY at position 1",
                "S000044992017263000001: well-formed nationally (province 44), but not a Guangdong technical-school"
                        + " number: REGION at position 8"),
                lines.subList(0, 4));
        // R-NUM-5: serial 000000 does not exist; R-NUM-4: the 特级技师 scheme is named
        assertEquals("S000044012017263000000: invalid, SERIAL at position 17", lines.get(4).replaceAll(" \\(.*", ""));
        assertEquals("TS00004401201726300001: invalid, UNSUPPORTED_SCHEME at position 2",
                lines.get(5).replaceAll(" \\(.*", ""));
        assertEquals(6, lines.size());
    }
}
