package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Positions 1-13 (site code) and 8-13 (site sequence) on their own, as institutions are filed (R-NUM-2). */
class SiteCodeTest {

    private static void assertRefused(Runnable parse, NumberViolation reason, int position) {
        CertificateNumberFormatException e = assertThrows(CertificateNumberFormatException.class, parse::run);
        assertEquals(reason, e.reason());
        assertEquals(position, e.position());
    }

    // R-NUM-3: S, 0000, 44, region, 2, site serial
    @Test
    void guangdongSiteCode() {
        SiteCode code = SiteCode.guangdong(Region.SHENZHEN, 42);
        assertEquals("S000044032042", code.toString());
        assertEquals(code, SiteCode.parse("S000044032042"));
        assertEquals('S', code.category());
        assertEquals("0000", code.institutionCode());
        assertEquals(Province.GUANGDONG, code.province());
        assertEquals(Optional.of(Region.SHENZHEN), code.region());
        assertEquals("032042", code.siteSequence().toString());
        assertTrue(code.conformsTo(NumberingProfile.NATIONAL));
        assertThrows(IllegalArgumentException.class, () -> SiteCode.guangdong(Region.SHENZHEN, 1000));
        assertThrows(IllegalArgumentException.class, () -> SiteCode.guangdong(Region.SHENZHEN, -1));
    }

    // R-NUM-4: any category S/Y, institution, issuing province, six site digits
    @Test
    void nationalSiteCode() {
        SiteCode code = SiteCode.of('Y', 123, Province.BEIJING, SiteSequence.parse("987654", NumberingProfile.NATIONAL));
        assertEquals("Y012311987654", code.toString());
        assertEquals(Optional.empty(), code.region());
        assertFalse(code.conformsTo(NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL));
        assertRefused(() -> SiteCode.of('Y', 1, Province.HONG_KONG, code.siteSequence()), NumberViolation.PROVINCE, 6);
        assertRefused(() -> SiteCode.of('Q', 1, Province.BEIJING, code.siteSequence()), NumberViolation.CATEGORY, 1);
        assertThrows(IllegalArgumentException.class, () -> SiteCode.of('S', 10_000, Province.BEIJING, code.siteSequence()));
    }

    // the same reasons and positions as the first 13 positions of a number; LENGTH at 14 when long
    @Test
    void siteCodeRefusals() {
        assertRefused(() -> SiteCode.parse("S00004401200"), NumberViolation.LENGTH, 13);
        assertRefused(() -> SiteCode.parse("S0000440120011"), NumberViolation.LENGTH, 14);
        assertRefused(() -> SiteCode.parse("SS00044012001"), NumberViolation.UNSUPPORTED_SCHEME, 2);
        assertRefused(() -> SiteCode.parse("S000044102001"), NumberViolation.REGION, 8);
        assertRefused(() -> SiteCode.parse("S000044013001"), NumberViolation.SITE_CATEGORY, 10);
        assertRefused(() -> SiteCode.parse("S00004401200x"), NumberViolation.CHARACTER, 13);
    }

    // positions count within the six characters given
    @Test
    void siteSequence() {
        SiteSequence site = SiteSequence.parse("192999");
        assertEquals("19", site.regionCode());
        assertEquals('2', site.siteCategory());
        assertEquals(999, site.siteSerial());
        assertEquals(site, SiteSequence.guangdong(Region.DONGGUAN, 999));
        assertTrue(site.compareTo(SiteSequence.guangdong(Region.ZHONGSHAN, 0)) < 0);
        assertRefused(() -> SiteSequence.parse("992001"), NumberViolation.REGION, 1);
        assertRefused(() -> SiteSequence.parse("011001"), NumberViolation.SITE_CATEGORY, 3);
        assertRefused(() -> SiteSequence.parse("01200"), NumberViolation.LENGTH, 6);
        assertRefused(() -> SiteSequence.parse("0120011"), NumberViolation.LENGTH, 7);
        assertRefused(() -> SiteSequence.parse("01200x"), NumberViolation.CHARACTER, 6);
        assertEquals("992001", SiteSequence.parse("992001", NumberingProfile.NATIONAL).toString());
    }
}
