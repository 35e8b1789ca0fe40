package org.skillcert.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {

    @Test
    void runsEveryCaseAndNamesTheReplaySeedOnFailure() {
        List<Integer> seen = new ArrayList<>();
        Property.forAll("collects", 1000, r -> r.nextInt(100), seen::add);
        assertEquals(1000, seen.size());

        // the expected failure is printed into a buffer, not the build log, where it read like a real failure
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Property.forAll("below 90", 10_000, r -> r.nextInt(100), v -> assertTrue(v < 90),
                        new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8)));
        String message = failure.getMessage();
        assertEquals(message, printed.toString(java.nio.charset.StandardCharsets.UTF_8).strip(),
                "a failure prints its seed, so it is found in a long log");
        long caseSeed = Long.parseLong(message.replaceAll("(?s).*case seed (-?\\d+)L.*", "$1"));
        // the printed seed reproduces the failing value
        AssertionError replayed = assertThrows(AssertionError.class,
                () -> Property.replay(caseSeed, r -> r.nextInt(100), v -> assertTrue(v < 90)));
        assertTrue(replayed instanceof AssertionError);
    }
}
