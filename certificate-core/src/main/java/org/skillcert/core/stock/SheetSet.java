package org.skillcert.core.stock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.skillcert.spi.SheetRange;

/**
 * A set of pre-printed sheet numbers kept as sorted, disjoint, non-adjacent ranges: what a
 * stocktake compares (R-STK-5). Immutable and thread-safe.
 */
public final class SheetSet {
    private static final SheetSet EMPTY = new SheetSet(List.of());

    private final List<SheetRange> ranges;

    private SheetSet(List<SheetRange> ranges) {
        this.ranges = ranges;
    }

    /**
     * Makes a set from ranges in any order, overlapping or not.
     *
     * @param ranges the ranges
     * @return the set
     */
    public static SheetSet of(Collection<SheetRange> ranges) {
        List<SheetRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(SheetRange::first));
        List<SheetRange> merged = new ArrayList<>();
        for (SheetRange r : sorted) {
            if (!merged.isEmpty() && r.first() <= merged.get(merged.size() - 1).last() + 1) {
                SheetRange last = merged.remove(merged.size() - 1);
                merged.add(SheetRange.of(last.first(), Math.max(last.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return new SheetSet(Collections.unmodifiableList(merged));
    }

    /**
     * Makes a set from ranges.
     *
     * @param ranges the ranges
     * @return the set
     */
    public static SheetSet of(SheetRange... ranges) {
        return of(List.of(ranges));
    }

    /**
     * Returns the empty set.
     *
     * @return the set without sheets
     */
    public static SheetSet empty() {
        return EMPTY;
    }

    /**
     * Returns the sheets of this set that are not in {@code other}.
     *
     * @param other the sheets to take away
     * @return the difference
     */
    public SheetSet minus(SheetSet other) {
        List<SheetRange> out = new ArrayList<>();
        int j = 0;
        for (SheetRange r : ranges) {
            int from = r.first();
            while (j < other.ranges.size() && other.ranges.get(j).last() < from) {
                j++;
            }
            int k = j;
            while (from <= r.last() && k < other.ranges.size() && other.ranges.get(k).first() <= r.last()) {
                SheetRange cut = other.ranges.get(k);
                if (cut.first() > from) {
                    out.add(SheetRange.of(from, cut.first() - 1));
                }
                from = Math.max(from, cut.last() + 1);
                k++;
            }
            if (from <= r.last()) {
                out.add(SheetRange.of(from, r.last()));
            }
        }
        return new SheetSet(Collections.unmodifiableList(out));
    }

    /**
     * Returns the sheets in both sets.
     *
     * @param other the other set
     * @return the intersection
     */
    public SheetSet intersect(SheetSet other) {
        return minus(minus(other));
    }

    /**
     * Returns the sheets of either set.
     *
     * @param other the other set
     * @return the union
     */
    public SheetSet plus(SheetSet other) {
        List<SheetRange> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return of(all);
    }

    /**
     * Tells whether a sheet is in the set.
     *
     * @param sheet the sheet number
     * @return true if present
     */
    public boolean contains(int sheet) {
        for (SheetRange r : ranges) {
            if (r.contains(sheet)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the ranges, ascending, disjoint and not adjacent.
     *
     * @return the ranges
     */
    public List<SheetRange> ranges() {
        return ranges;
    }

    /**
     * Returns the number of sheets.
     *
     * @return 0 or more
     */
    public long size() {
        return ranges.stream().mapToLong(SheetRange::size).sum();
    }

    /**
     * Tells whether the set is empty.
     *
     * @return true without sheets
     */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SheetSet && ((SheetSet) o).ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    /**
     * Returns the ranges, e.g. {@code [00000001..00000010, 00000015..00000015]}.
     *
     * @return the ranges as text
     */
    @Override
    public String toString() {
        return ranges.toString();
    }
}
