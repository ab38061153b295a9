package org.neverout.compliance;

import java.time.LocalDate;
import java.util.List;
import org.neverout.model.Severity;

/**
 * One row of the duty-of-care coverage matrix.
 *
 * @param measure     the measure's key ({@code a} .. {@code j}, or another declared key)
 * @param title       what NIS2 article 21(2) asks for under that key, or null for a key outside it
 * @param status      implemented | partial | planned | absent as declared, or {@code missing}
 * @param evidence    the declared evidence, or null
 * @param reviewDate  the declared review date, or null
 * @param gap         the worst severity among this measure's findings, or null when it has none
 * @param rules       ids of the rules that flagged it, sorted
 */
public record MeasureCoverage(String measure, String title, String status, String evidence, LocalDate reviewDate,
                              Severity gap, List<String> rules) {
    /** Status of a catalogue measure the model does not declare. */
    public static final String MISSING = "missing";

    public MeasureCoverage {
        rules = List.copyOf(rules);
    }
}
