package org.skillcert.examples.roster;

import java.io.IOException;
import java.util.function.UnaryOperator;

/** Lets tests of other packages build damaged workbooks the way {@link RosterReaderTest} does. */
public final class RosterReaderTestAccess {
    private RosterReaderTestAccess() {
    }

    /**
     * Rewrites one part of a ZIP package.
     *
     * @param zip the package
     * @param part the part's name
     * @param change the new text from the old
     * @return the new package
     * @throws IOException never for bytes in memory
     */
    public static byte[] rewritePart(byte[] zip, String part, UnaryOperator<String> change) throws IOException {
        return RosterReaderTest.rewritePart(zip, part, change);
    }
}
