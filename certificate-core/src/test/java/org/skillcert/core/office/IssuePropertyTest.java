package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SheetState;
import org.skillcert.testing.Property;

class IssuePropertyTest {

    /** A roster of up to 40 rows: valid results, repeats of earlier rows and rows with a broken field. */
    private static List<Integer> roster(Random r) {
        List<Integer> rows = new ArrayList<>();
        for (int n = r.nextInt(40); n > 0; n--) {
            int kind = r.nextInt(10);
            if (kind < 6 || rows.isEmpty()) {
                rows.add(1 + r.nextInt(60));
            } else if (kind < 8) {
                rows.add(rows.get(r.nextInt(rows.size())));
            } else {
                rows.add(-(1 + r.nextInt(60)));
            }
        }
        return rows;
    }

    private static CandidateResult.Builder row(int i) {
        return i > 0 ? Roster.result(i) : Roster.result(-i).occupation("焊工");
    }

    // R-NUM-5, R-ISS-1, R-STK-3: per level, serials 1..k in order of first appearance; one number and one sheet per result;
    // running the roster twice changes nothing
    @Test
    void rosterInvariants() {
        Property.forAll("issuing a roster: gapless, unique, idempotent", 150, IssuePropertyTest::roster, rows -> {
            Desk desk = new Desk().withStock(100, 100);
            List<CandidateResult.Builder> builders = rows.stream().map(IssuePropertyTest::row).toList();
            BatchResult first = desk.office.issuing().issueAll(builders, OfficeScenario.PRINT_ROOM);
            Map<String, String> numberOf = new HashMap<>();
            Map<Integer, Integer> nextSerial = new HashMap<>();
            Set<Integer> sheets = new HashSet<>();
            for (int k = 0; k < rows.size(); k++) {
                int i = rows.get(k);
                IssueOutcome o = first.outcomes().get(k);
                if (i < 0) {
                    assertEquals(IssueOutcome.Kind.REFUSED, o.kind());
                    continue;
                }
                CertificateRecord c = o.certificate().record();
                String earlier = numberOf.putIfAbsent(o.resultId(), c.number());
                if (earlier == null) {
                    assertEquals(IssueOutcome.Kind.ISSUED, o.kind());
                    int serial = nextSerial.merge(c.level(), 1, Integer::sum);
                    assertEquals(serial, Integer.parseInt(c.number().substring(16)));
                    assertTrue(sheets.add(c.sheet()));
                } else {
                    assertEquals(IssueOutcome.Kind.ALREADY_ISSUED, o.kind());
                    assertEquals(earlier, c.number());
                }
            }
            assertEquals(numberOf.size(), desk.storage.ledger().counts().of(SheetState.PRINTED));
            BatchResult again = desk.office.issuing().issueAll(builders, OfficeScenario.PRINT_ROOM);
            for (int k = 0; k < rows.size(); k++) {
                assertEquals(first.outcomes().get(k).certificate(), again.outcomes().get(k).certificate());
            }
            assertEquals(numberOf.size(), desk.storage.ledger().counts().of(SheetState.PRINTED));
        });
    }
}
