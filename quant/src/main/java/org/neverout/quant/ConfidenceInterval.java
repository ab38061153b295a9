package org.neverout.quant;

/**
 * A Monte Carlo confidence interval for a service's unavailability (not a guarantee: it covers the true
 * value with probability at least {@code level}; the rigorous bounds are reported beside it).
 *
 * @param samples    network states sampled for it
 * @param estimator  how the estimate and interval were formed
 */
public record ConfidenceInterval(double level, double lower, double upper, long samples, String estimator) {
}
