package org.skillcert.render.internal;

/**
 * The mask penalty as {@link MaskChoice} scored it before it packed modules into longs, module by
 * module over byte matrices (the symbol and its transposition), kept as the reference the packed
 * scoring is tested against. Test code only.
 */
final class MaskPenaltyReference {
    private MaskPenaltyReference() {
    }

    /** The penalty of a matrix {@code m} (row-major, 1 = dark) of side {@code n}. */
    static int penalty(byte[] m, int n) {
        return penalty(m, new byte[n * n], n);
    }

    private static int penalty(byte[] m, byte[] t, int n) {
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                t[x * n + y] = m[y * n + x];
            }
        }
        int dark = 0;
        for (byte b : m) {
            dark += b;
        }
        int blocks = 0;
        for (int y = 0; y < n - 1; y++) {
            int r = y * n;
            for (int x = 0; x < n - 1; x++) {
                byte v = m[r + x];
                if (v == m[r + x + 1] && v == m[r + n + x] && v == m[r + n + x + 1]) {
                    blocks++;
                }
            }
        }
        int total = n * n;
        return runs(m, n) + runs(t, n) + 3 * blocks + 40 * (finderLike(m, n) + finderLike(t, n))
                + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    private static int runs(byte[] m, int n) {
        // counted module by module without branching on the (random) data: the fifth module of a
        // run adds 3, every further one 1, so a run of length L >= 5 adds 3 + (L - 5)
        int penalty = 0;
        for (int y = 0; y < n; y++) {
            int r = y * n;
            int prev = m[r];
            int same = 1;
            for (int x = 1; x < n; x++) {
                int bit = m[r + x];
                same = same * (1 ^ bit ^ prev) + 1;
                penalty += (same >= 5 ? 1 : 0) + (same == 5 ? 2 : 0);
                prev = bit;
            }
        }
        return penalty;
    }

    private static int finderLike(byte[] m, int n) {
        int count = 0;
        for (int y = 0; y < n; y++) {
            int r = y * n;
            // the last seven modules as bits, the oldest highest: one compare finds dark-light-dark x3-light-dark
            int window = 0;
            for (int x = 0; x < 6; x++) {
                window = window << 1 | m[r + x];
            }
            for (int x = 0; x + 6 < n; x++) {
                window = (window << 1 | m[r + x + 6]) & 0x7F;
                if (window == 0b1011101 && (light(m, r, x - 4, x, n) || light(m, r, x + 7, x + 11, n))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean light(byte[] m, int row, int from, int to, int n) {
        if (from < 0 || to > n) {
            return false;
        }
        for (int x = from; x < to; x++) {
            if (m[row + x] == 1) {
                return false;
            }
        }
        return true;
    }
}
