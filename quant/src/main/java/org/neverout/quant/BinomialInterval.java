package org.neverout.quant;

/**
 * Clopper-Pearson ("exact") confidence interval for a binomial proportion: coverage is at least the
 * nominal level for every true proportion and sample size (conservative), which is why it is used
 * here rather than a normal approximation. Bounds are Beta quantiles, found by bisection on the
 * regularized incomplete beta function I_x(a, b) (continued fraction, Lentz's method; log-gamma by
 * Lanczos, g = 7). Cost O(200 x continued-fraction terms) per interval.
 */
final class BinomialInterval {
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};

    private BinomialInterval() {
    }

    /** {lower, upper} for k successes in n trials at confidence {@code level} (two-sided). */
    static double[] clopperPearson(long k, long n, double level) {
        if (n <= 0) {
            return new double[] {0.0, 1.0};
        }
        double alpha = 1.0 - level;
        double lower;
        double upper;
        if (k == 0) {
            lower = 0.0;
            upper = 1.0 - Math.pow(alpha / 2, 1.0 / n);
        } else if (k == n) {
            lower = Math.pow(alpha / 2, 1.0 / n);
            upper = 1.0;
        } else {
            // lower: P(X >= k | p) = I_p(k, n-k+1) = alpha/2; upper: P(X <= k | p) = 1 - I_p(k+1, n-k) = alpha/2
            lower = solve(k, n - k + 1, alpha / 2);
            upper = solve(k + 1, n - k, 1 - alpha / 2);
        }
        return new double[] {lower, upper};
    }

    /** The x in [0, 1] with I_x(a, b) = target (I is increasing in x). */
    private static double solve(double a, double b, double target) {
        double lo = 0.0;
        double hi = 1.0;
        for (int i = 0; i < 200 && hi - lo > 0; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (regularizedBeta(mid, a, b) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }

    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0.0;
        }
        if (x >= 1) {
            return 1.0;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(x, a, b) / a;
        }
        return 1.0 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1.0 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1.0 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < 1e-15) {
                break;
            }
        }
        return h;
    }

    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
