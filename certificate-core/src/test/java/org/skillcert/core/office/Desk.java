package org.skillcert.core.office;

import java.util.ArrayList;
import java.util.List;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.Storage;

/** A fresh office on memory storage with a hand-moved clock, for the workflow tests. */
final class Desk {
    final TestClock clock = new TestClock(OfficeScenario.START);
    final Storage storage = MemoryOfficeScenarioTest.memory(clock);
    final List<PrintJob> printed = new ArrayList<>();
    final Office office;

    Desk() {
        this(org.skillcert.core.calendar.WorkingDays.stateCouncil());
    }

    /** A desk counting working days on the given calendar. */
    Desk(org.skillcert.core.calendar.WorkingDays calendar) {
        office = Office.builder(Roster.SCHOOL, storage).clock(clock).actor("陈保管").printer(printed::add)
                .calendar(calendar).build();
    }

    /** Receives sheets 1..received and hands 1..handedOut to the print room. */
    Desk withStock(int received, int handedOut) {
        office.stock().receive(SheetRange.of(OfficeScenario.sheet(1), OfficeScenario.sheet(received)), "ORD-1");
        if (handedOut > 0) {
            office.stock().handOut(SheetRange.of(OfficeScenario.sheet(1), OfficeScenario.sheet(handedOut)), OfficeScenario.PRINT_ROOM);
        }
        return this;
    }
}
