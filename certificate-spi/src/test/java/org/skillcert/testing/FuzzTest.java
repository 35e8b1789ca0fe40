package org.skillcert.testing;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuzzTest {
    // the harness can fail: an undocumented exception is caught and named with its seeds
    @Test
    void anUndocumentedExceptionFailsWithTheSeedsAndADocumentedOneDoesNot() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Class<?>[] allowed = {IllegalArgumentException.class};
        AssertionError failure = assertThrows(AssertionError.class, () -> Fuzz.check("charAt", 10_000,
                r -> Fuzz.mutateText("abc", r), s -> {
                    if (s.isEmpty()) {
                        throw new IllegalArgumentException("documented");
                    }
                    s.charAt(3);
                }, new PrintStream(printed, true, StandardCharsets.UTF_8), allowed));
        assertTrue(failure.getMessage().contains("case seed"), failure.getMessage());
        assertTrue(failure.getCause().getMessage().contains("undocumented java.lang.StringIndexOutOfBoundsException"),
                failure.getCause().getMessage());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("run seed"));
        Fuzz.text("documented only", 1_000, java.util.List.of("x"), s -> {
            throw new IllegalArgumentException(s);
        }, IllegalArgumentException.class);
    }

    @Test
    void mutationsChangeTheInput() {
        Random r = new Random(1);
        byte[] base = "0123456789".repeat(10).getBytes(StandardCharsets.US_ASCII);
        int changed = 0;
        for (int i = 0; i < 100; i++) {
            changed += java.util.Arrays.equals(base, Fuzz.mutateBytes(base, r)) ? 0 : 1;
            assertNotEquals(null, Fuzz.mutateText("abc", r));
        }
        assertTrue(changed > 90, changed + " of 100 mutations changed the bytes");
    }
}
