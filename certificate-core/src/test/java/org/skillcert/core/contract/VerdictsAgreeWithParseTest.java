package org.skillcert.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.identity.IdNumber;
import org.skillcert.core.identity.IdNumberException;
import org.skillcert.core.identity.IdNumberVerdict;
import org.skillcert.core.institution.InstitutionName;
import org.skillcert.core.institution.InstitutionNameException;
import org.skillcert.core.institution.InstitutionNameVerdict;
import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;
import org.skillcert.testing.Property;

/**
 * The failure contract's vocabulary: a check that does not throw returns a verdict that says
 * exactly what {@code parse}/{@code of} would throw (reason, position, input), and accepts exactly
 * what they accept (R-ID-5, R-CERT-3).
 */
class VerdictsAgreeWithParseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String ID_CHARS = "0123456789X x-A";
    private static final String NAME_CHARS = "广州市技工学校中国国家人员资格\u2F08 \t（）職業";

    // R-ID-5: IdNumber.check agrees with IdNumber.parse on random near-numbers of every type
    @Test
    void idNumberVerdictAgreesWithParse() {
        int[] seen = new int[2];
        Property.forAll("IdNumber.check agrees with parse", 5_000, VerdictsAgreeWithParseTest::idCase, c -> {
            IdNumberVerdict verdict = IdNumber.check(c.type(), c.text(), TODAY);
            assertEquals(c.text(), verdict.input());
            try {
                IdNumber parsed = IdNumber.parse(c.type(), c.text(), TODAY);
                seen[0]++;
                assertTrue(verdict.isValid(), c.toString());
                assertEquals(Optional.of(parsed), verdict.number());
                assertEquals(parsed, verdict.orElseThrow());
                assertEquals(Optional.empty(), verdict.reason());
                assertEquals(0, verdict.position());
            } catch (IdNumberException e) {
                seen[1]++;
                assertFalse(verdict.isValid(), c.toString());
                assertEquals(Optional.of(e.reason()), verdict.reason());
                assertEquals(e.position(), verdict.position());
                assertEquals(e.input(), verdict.input());
                IdNumberException thrown = assertThrows(IdNumberException.class, verdict::orElseThrow);
                assertContract(thrown, e.reason(), e.position());
            }
        });
        // both sides of the agreement were exercised
        assertTrue(seen[0] > 100 && seen[1] > 100, "valid " + seen[0] + ", refused " + seen[1]);
    }

    // R-CERT-3: InstitutionName.check agrees with InstitutionName.of on random names
    @Test
    void institutionNameVerdictAgreesWithOf() {
        int[] seen = new int[2];
        Property.forAll("InstitutionName.check agrees with of", 5_000, VerdictsAgreeWithParseTest::name, text -> {
            InstitutionNameVerdict verdict = InstitutionName.check(text);
            try {
                InstitutionName name = InstitutionName.of(text);
                seen[0]++;
                assertTrue(verdict.isValid(), text);
                assertEquals(Optional.of(name), verdict.name());
                assertEquals(Optional.empty(), verdict.reason());
            } catch (InstitutionNameException e) {
                seen[1]++;
                assertFalse(verdict.isValid(), text);
                assertEquals(Optional.of(e.reason()), verdict.reason());
                assertEquals(e.position(), verdict.position());
                assertEquals(text, verdict.input());
                assertEquals(e.word().isEmpty() ? Optional.empty() : Optional.of(e.word()), verdict.word());
                assertContract(assertThrows(InstitutionNameException.class, verdict::orElseThrow), e.reason(), e.position());
            }
        });
        assertTrue(seen[0] > 100 && seen[1] > 100, "valid " + seen[0] + ", refused " + seen[1]);
    }

    private static void assertContract(SkillcertException e, FailureReason reason, int position) {
        assertSame(reason, e.getClass() == IdNumberException.class ? ((IdNumberException) e).reason()
                : ((InstitutionNameException) e).reason());
        assertEquals(position, e.position());
        assertTrue(e.position() >= SkillcertException.NO_POSITION);
    }

    private record IdCase(IdDocumentType type, String text) {
    }

    private static IdCase idCase(Random r) {
        IdDocumentType[] types = IdDocumentType.values();
        IdDocumentType type = r.nextBoolean() ? IdDocumentType.RESIDENT_ID_CARD : types[r.nextInt(types.length)];
        StringBuilder s = new StringBuilder();
        if (r.nextInt(3) > 0) {
            // a resident number: a real region, a birth date, a sequence and (mostly) its check character
            String[] regions = {"440106", "110105", "440606", "440103"};
            String first17 = regions[r.nextInt(regions.length)] + (1950 + r.nextInt(80))
                    + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
            s.append(first17).append(r.nextBoolean() ? IdNumber.checkCharacter(first17) : ID_CHARS.charAt(r.nextInt(11)));
        }
        int extra = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < extra; i++) {
            s.insert(s.length() == 0 ? 0 : r.nextInt(s.length()), ID_CHARS.charAt(r.nextInt(ID_CHARS.length())));
        }
        return new IdCase(type, s.toString());
    }

    private static String name(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(14);
        for (int i = 0; i < n; i++) {
            s.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
        }
        return s.toString();
    }
}
