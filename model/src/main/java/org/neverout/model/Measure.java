package org.neverout.model;

import java.time.LocalDate;

/**
 * A duty-of-care measure (in the spirit of NIS2 article 21(2) (a) to (j)) declared in the model's
 * {@code measures:} section.
 *
 * @param measure    the measure's key, e.g. {@code a} .. {@code j} or a descriptive id
 * @param status     implemented | partial | planned | absent
 */
public record Measure(String measure, String status, String evidence, LocalDate reviewDate) {
}
