package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * isValid allocates nothing, on valid and invalid input (issue 2), measured with the JVM's
 * per-thread allocation counter over 2^20 calls.
 */
class IsValidAllocationTest {
    // a multiple of the number of inputs, so that each input is checked equally often
    private static final int CALLS = 1 << 20;

    @Test
    void isValidAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        // every reason, both profiles, String and StringBuilder inputs
        Random random = new Random(20_260_101L);
        CharSequence[] inputs = new CharSequence[256];
        NumberingProfile[] profiles = new NumberingProfile[inputs.length];
        int expectedValid = 0;
        for (int i = 0; i < inputs.length; i++) {
            String text = i % 3 == 0 ? NumberGen.valid(random).toString() : NumberGen.arbitrary(random);
            inputs[i] = i % 2 == 0 ? text : new StringBuilder(text);
            profiles[i] = NumberGen.profile(random);
            expectedValid += CertificateNumber.check(text, profiles[i]).isValid() ? 1 : 0;
        }
        assertTrue(expectedValid > 30 && expectedValid < 200, "a mix of valid and invalid: " + expectedValid);

        long thread = Thread.currentThread().getId();
        // warm up the class initialisers and the JIT before counting
        countValid(inputs, profiles, CALLS);
        long before = threads.getThreadAllocatedBytes(thread);
        int valid = countValid(inputs, profiles, CALLS);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertEquals(expectedValid * (CALLS / inputs.length), valid);
        // one object per call would be at least 16 MB; allow the counter's own few bytes
        System.out.println("isValid: " + allocated + " bytes allocated in " + CALLS + " calls");
        assertTrue(allocated < 4096, "isValid allocated " + allocated + " bytes in " + CALLS + " calls");
    }

    private static int countValid(CharSequence[] inputs, NumberingProfile[] profiles, int calls) {
        int valid = 0;
        for (int i = 0; i < calls; i++) {
            int k = i & (inputs.length - 1);
            if (CertificateNumber.isValid(inputs[k], profiles[k])) {
                valid++;
            }
        }
        return valid;
    }
}
