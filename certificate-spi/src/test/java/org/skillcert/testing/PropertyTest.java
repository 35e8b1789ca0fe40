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

        AssertionError failure = assertThrows(AssertionError.class,
                () -> Property.forAll("below 90", 10_000, r -> r.nextInt(100), v -> assertTrue(v < 90)));
        String message = failure.getMessage();
        long caseSeed = Long.parseLong(message.replaceAll("(?s).*case seed (-?\\d+)L.*", "$1"));
        // the printed seed reproduces the failing value
        AssertionError replayed = assertThrows(AssertionError.class,
                () -> Property.replay(caseSeed, r -> r.nextInt(100), v -> assertTrue(v < 90)));
        assertTrue(replayed instanceof AssertionError);
    }
}
