package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.skillcert.core.number.SkillLevel;

class CertificateTextTest {
    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyFieldOfTheElectronicCertificateIsInTheTextLayer() {
        // R-CERT-1 fields, R-CERT-2 title, R-CERT-6 Chinese and English, R-LVL-1 level text, R-CERT-4 "--",
        // R-LAY-7 sheet number
        CertificateContent c = Samples.certificate();
        String text = Pdfs.text(Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC));
        String flat = compact(text);
        for (String expected : new String[] {"职业技能等级证书", "Certificate of Occupational Skill Level",
                "本证书由", "广州市白云工商技师学院", "颁发", "表明持证人通过本机构组织的职业技能等级认定",
                "具备该职业（工种）相应技能等级水平", "陈晓明", "居民身份证", "Resident Identity Card",
                "440106199003072816", "电工", "Electrician", "三级/高级工", "Level 3 / Senior Worker",
                "S000044012000253000001", "2025年6月30日", "NO. 00012345", "http://jndj.osta.org.cn",
                "http://pjjg.osta.org.cn", "姓名", "证件类型", "证件号码", "职业名称", "工种/职业方向",
                "职业技能等级", "证书编号", "发证日期"}) {
            assertTrue(flat.contains(compact(expected)), () -> "missing '" + expected + "' in:\n" + text);
        }
        assertTrue(text.lines().anyMatch(l -> l.strip().equals("--") || l.contains(" --") || l.contains("-- ")),
                () -> "R-CERT-4: no '--' for the empty job in:\n" + text);
    }

    @Test
    void aJobReplacesTheDashes() {
        // R-CERT-4: "--" only when there is no job
        CertificateContent c = Samples.certificate().toBuilder().job("维修电工", "Maintenance Electrician").build();
        String flat = compact(Pdfs.text(Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC)));
        assertTrue(flat.contains("维修电工"));
        assertTrue(flat.contains("MaintenanceElectrician"));
        assertFalse(flat.contains("--"));
    }

    @Test
    void everyLevelIsWrittenAsTheRuleSays() {
        // R-LVL-1: "Chinese numeral + 级/level name"
        for (SkillLevel level : SkillLevel.values()) {
            CertificateContent c = Samples.certificate().toBuilder().level(level).photo(null).build();
            String flat = compact(Pdfs.text(Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC)));
            assertTrue(flat.contains(level.chineseText()), level::chineseText);
            assertTrue(flat.contains(compact(level.englishText())), level::englishText);
        }
    }

    @Test
    void queryUrlsAreConfigurable() {
        // R-CERT-1: both URLs configurable
        CertificateContent c = Samples.certificate().toBuilder()
                .queryUrls("https://cert.example.cn", "https://inst.example.cn").photo(null).build();
        String flat = compact(Pdfs.text(Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC)));
        assertTrue(flat.contains("https://cert.example.cn"));
        assertTrue(flat.contains("https://inst.example.cn"));
        assertFalse(flat.contains("osta.org.cn"));
    }

    @Test
    void theOverlayCarriesOnlyTheVariableContent() {
        // R-LAY-7: stock already carries the wording, the sheet number and the URLs
        String flat = compact(Pdfs.text(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.OVERLAY)));
        for (String value : new String[] {"陈晓明", "440106199003072816", "三级/高级工", "S000044012000253000001",
                "2025年6月30日", "广州市白云工商技师学院", "--"}) {
            assertTrue(flat.contains(value), value);
        }
        for (String fixed : new String[] {"职业技能等级证书", "本证书由", "姓名", "NO.", "osta.org.cn"}) {
            assertFalse(flat.contains(fixed), fixed);
        }
    }

    @Test
    void metadataNamesTheCertificateAndTheInstitution() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("S000044012000253000001", info.getTitle());
            assertEquals("广州市白云工商技师学院", info.getAuthor());
            assertEquals(Samples.CLOCK.millis(), info.getCreationDate().getTimeInMillis());
            assertEquals(2025, info.getCreationDate().get(Calendar.YEAR));
        }
    }
}
