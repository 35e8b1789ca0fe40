package org.skillcert.render;

import javax.annotation.Nullable;
import org.skillcert.spi.internal.NumberShape;

/** The checks of {@link CertificateContent}'s values, each naming the field it refuses. */
final class ContentChecks {
    private ContentChecks() {
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RenderException(RenderException.Reason.CONTENT_INVALID, field, 0, field + " is required");
        }
        return value.strip();
    }

    // R-NUM-1 shape only: which profile a number belongs to is certificate-core's business
    static String number(String n) {
        int bad = NumberShape.firstBad(n, NumberShape.NUMBER_LENGTH);
        if (bad > n.length() || bad > NumberShape.NUMBER_LENGTH) {
            throw new RenderException(RenderException.Reason.CONTENT_INVALID, "certificate number", 0,
                    "certificate number must be 22 characters (R-NUM-1), was " + n.length());
        }
        if (bad != 0) {
            throw new RenderException(RenderException.Reason.CONTENT_INVALID, "certificate number", bad,
                    "certificate number: character " + bad + " must be " + (bad == 1 ? "an uppercase letter" : "a digit")
                            + " (R-NUM-1)");
        }
        return n;
    }

    static String sheet(String s) {
        if (!s.matches("[0-9]{8}")) {
            throw new RenderException(RenderException.Reason.CONTENT_INVALID, "sheet number", 0,
                    "sheet number must be 8 digits (R-LAY-7)");
        }
        return s;
    }
}
