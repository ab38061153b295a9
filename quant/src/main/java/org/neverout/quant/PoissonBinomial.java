package org.neverout.quant;

/**
 * The number N of independent events down, each with its own probability (a Poisson-binomial count):
 * exact tail probabilities by dynamic programming, O(n r) time for tails up to r. Every step adds products
 * of non-negative numbers, so there is no cancellation even for tiny tails.
 */
final class PoissonBinomial {
    private PoissonBinomial() {
    }

    /** P(N &gt;= r) for the given event probabilities. */
    static double atLeast(double[] q, int r) {
        if (r <= 0) {
            return 1.0;
        }
        if (r > q.length) {
            return 0.0;
        }
        return suffixTails(q, r)[0][r];
    }

    /**
     * tail[i][j] = P(at least j of the events i..n-1 are down), j = 0..r. Used both for the bound
     * P(N &gt;= K+1) and for sampling exactly conditioned on N &gt;= K+1.
     */
    static double[][] suffixTails(double[] q, int r) {
        int n = q.length;
        double[][] tail = new double[n + 1][r + 1];
        tail[n][0] = 1.0;
        for (int i = n - 1; i >= 0; i--) {
            tail[i][0] = 1.0;
            for (int j = 1; j <= r; j++) {
                tail[i][j] = q[i] * tail[i + 1][j - 1] + (1.0 - q[i]) * tail[i + 1][j];
            }
        }
        return tail;
    }

    /**
     * exact[i][j] = P(exactly j of the events i..n-1 are down), j = 0..r: for sampling conditioned on
     * 1 &lt;= N &lt;= K.
     */
    static double[][] suffixExact(double[] q, int r) {
        int n = q.length;
        double[][] exact = new double[n + 1][r + 1];
        exact[n][0] = 1.0;
        for (int i = n - 1; i >= 0; i--) {
            exact[i][0] = (1.0 - q[i]) * exact[i + 1][0];
            for (int j = 1; j <= r; j++) {
                exact[i][j] = q[i] * exact[i + 1][j - 1] + (1.0 - q[i]) * exact[i + 1][j];
            }
        }
        return exact;
    }
}
