package org.skillcert.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateRecordTest {

    // house rule: no ID numbers in logs; a record's toString ends up in logs
    @Test
    void toStringLeavesOutTheIdNumber() {
        CertificateRecord r = CertificateRecord.issued("S000000000000000000001", "张三", "居民身份证",
                "11010519491231002X", "电工", "--", 4, LocalDate.of(2026, 3, 2), "广州市技师学院", 7, "R1", null);
        String text = r.withStatus(CertificateStatus.REVOKED, "wrong person").toString();
        assertFalse(text.contains("11010519491231002X"), text);
        assertFalse(text.contains("110105194912"), text);
        assertTrue(text.contains("S000000000000000000001"), text);
    }
}
