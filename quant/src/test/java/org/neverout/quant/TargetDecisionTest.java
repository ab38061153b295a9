package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neverout.engine.TargetVerdict;

/** The verdict on the reported interval, what decided it, and why not, on hand-made intervals. */
class TargetDecisionTest {
    private static ConfidenceInterval interval(double lower, double upper) {
        return new ConfidenceInterval(0.95, lower, upper, 1000, "test");
    }

    @Test
    void theBoundsDecideFirst() {
        TargetDecision met = TargetDecision.of(0.999, Method.MONTE_CARLO, 3, 1e-4, 5e-4, interval(2e-4, 3e-4));
        assertThat(met.verdict()).isEqualTo(TargetVerdict.MET);
        assertThat(met.decidedBy()).isEqualTo("bounds of order 3");
        TargetDecision notMet = TargetDecision.of(0.999, Method.BOUNDS, 2, 2e-3, 5e-3, null);
        assertThat(notMet.verdict()).isEqualTo(TargetVerdict.NOT_MET);
        assertThat(notMet.decidedBy()).isEqualTo("bounds of order 2");
        assertThat(TargetDecision.of(0.999, Method.EXACT, 0, 1e-3, 1e-3, null).decidedBy()).isEqualTo("exact");
    }

    @Test
    void monteCarloDecidesWhatTheBoundsCannotAndSaysAtWhichConfidence() {
        TargetDecision d = TargetDecision.of(0.999, Method.MONTE_CARLO, 2, 5e-4, 2e-3, interval(6e-4, 9e-4));
        assertThat(d.verdict()).isEqualTo(TargetVerdict.MET);
        assertThat(d.verdictOnBounds()).isEqualTo(TargetVerdict.UNDECIDED);
        assertThat(d.decidedBy()).isEqualTo("monte-carlo at 95% confidence");
        assertThat(d.undecidedBecause()).isNull();
        TargetDecision miss = TargetDecision.of(0.999, Method.MONTE_CARLO, 2, 5e-4, 2e-3, interval(1.1e-3, 1.5e-3));
        assertThat(miss.verdict()).isEqualTo(TargetVerdict.NOT_MET);
    }

    @Test
    void undecidedSaysWhyAndWhatCouldDecideIt() {
        TargetDecision bounds = TargetDecision.of(0.999, Method.BOUNDS, 2, 5e-4, 2e-3, null);
        assertThat(bounds.verdict()).isEqualTo(TargetVerdict.UNDECIDED);
        assertThat(bounds.decidedBy()).isNull();
        assertThat(bounds.undecidedBecause()).isEqualTo("the target 99.9 % lies between the bounds of order 2"
                + " (availability 99.800 % to 99.9500 %); Monte Carlo (method auto or monte-carlo) or a higher --order"
                + " may decide it");
        TargetDecision both = TargetDecision.of(0.999, Method.MONTE_CARLO, 2, 5e-4, 2e-3, interval(9e-4, 1.1e-3));
        assertThat(both.verdict()).isEqualTo(TargetVerdict.UNDECIDED);
        assertThat(both.undecidedBecause()).contains("inside the 95% Monte Carlo interval (availability 99.890 % to"
                + " 99.9100 %, 1000 samples); more --samples may decide it");
        assertThat(TargetDecision.of(null, Method.BOUNDS, 2, 5e-4, 2e-3, null).verdict())
                .isEqualTo(TargetVerdict.NO_TARGET);
    }
}
