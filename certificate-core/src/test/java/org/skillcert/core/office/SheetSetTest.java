package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillcert.core.stock.SheetSet;
import org.skillcert.spi.SheetRange;
import org.skillcert.testing.Property;

class SheetSetTest {
    private static List<SheetRange> ranges(Random r) {
        List<SheetRange> list = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            int first = 1 + r.nextInt(200);
            list.add(SheetRange.of(first, first + r.nextInt(30)));
        }
        return list;
    }

    private static BitSet bits(List<SheetRange> ranges) {
        BitSet b = new BitSet();
        ranges.forEach(r -> b.set(r.first(), r.last() + 1));
        return b;
    }

    private static BitSet bits(SheetSet set) {
        return bits(set.ranges());
    }

    // R-STK-5: the stocktake's set arithmetic agrees with a bit-set model
    @Test
    void agreesWithBitSets() {
        Property.forAll("minus, intersect, plus agree with BitSet", 3_000, r -> List.of(ranges(r), ranges(r)), c -> {
            SheetSet a = SheetSet.of(c.get(0));
            SheetSet b = SheetSet.of(c.get(1));
            BitSet minus = bits(c.get(0));
            minus.andNot(bits(c.get(1)));
            BitSet and = bits(c.get(0));
            and.and(bits(c.get(1)));
            BitSet or = bits(c.get(0));
            or.or(bits(c.get(1)));
            assertEquals(minus, bits(a.minus(b)));
            assertEquals(and, bits(a.intersect(b)));
            assertEquals(or, bits(a.plus(b)));
            assertEquals(or.cardinality(), a.plus(b).size());
            // canonical: disjoint, ascending, not adjacent
            List<SheetRange> rs = a.plus(b).ranges();
            for (int i = 1; i < rs.size(); i++) {
                assertEquals(true, rs.get(i).first() > rs.get(i - 1).last() + 1);
            }
        });
    }
}
