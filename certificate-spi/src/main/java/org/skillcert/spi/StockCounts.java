package org.skillcert.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many sheets are in each state (Guarantee 2). Conservation: {@link #received()} equals the sum
 * of {@link #byState()}.
 *
 * @param received all sheets ever received
 * @param byState sheets per state; every state is present (0 when none)
 */
public record StockCounts(long received, Map<SheetState, Long> byState) {
    /** Copies the map and fills absent states with 0. */
    public StockCounts {
        EnumMap<SheetState, Long> all = new EnumMap<>(SheetState.class);
        for (SheetState state : SheetState.values()) {
            all.put(state, byState.getOrDefault(state, 0L));
        }
        byState = Collections.unmodifiableMap(all);
    }

    /**
     * The number of sheets in one state.
     *
     * @param state the state
     * @return 0 or more
     */
    public long of(SheetState state) {
        return byState.get(state);
    }

    /** @return whether received = in stock + handed out + printed + spoiled + lost + destroyed */
    public boolean conserved() {
        return received == byState.values().stream().mapToLong(Long::longValue).sum();
    }
}
