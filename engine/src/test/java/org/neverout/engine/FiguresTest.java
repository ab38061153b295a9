package org.neverout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void threeSignificantDigits() {
        assertEquals("0", Figures.number(0));
        assertEquals("0.000479", Figures.number(4.7934e-4));
        assertEquals("0.00162", Figures.number(0.00161978));
        assertEquals("1.46e-7", Figures.number(1.4617e-7));
        assertEquals("252", Figures.number(251.939));
        assertEquals("1470", Figures.number(1465.786));
        assertEquals("0.0770", Figures.number(0.077));
        assertEquals("1.00", Figures.number(0.99999));
        assertEquals("1.00e7", Figures.number(9_999_999));
        assertEquals("787", Figures.number(787.2));
        assertEquals("inf", Figures.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void availabilityKeepsTheUnavailabilitysThreeDigits() {
        assertEquals("99.9521 %", Figures.availabilityPercent(4.7934e-4));
        assertEquals("99.838 %", Figures.availabilityPercent(0.00161978));
        assertEquals("99.9999854 %", Figures.availabilityPercent(1.4617e-7));
        assertEquals("100 %", Figures.availabilityPercent(0));
        assertEquals("70.0 %", Figures.availabilityPercent(0.3));
        assertEquals("99.999 %", Figures.targetPercent(0.99999));
        assertEquals("99.9 %", Figures.targetPercent(0.999));
        assertEquals("252 min", Figures.minutes(251.939));
        assertEquals("99.853 % to 99.873 %", Figures.availabilityRange(0.00127, 0.00147));
        assertEquals("99.9521 %", Figures.availabilityRange(4.7931e-4, 4.7934e-4));
    }

    /** On random magnitudes the shown figure is the value to three significant digits (relative error <= 0.5e-2). */
    @Test
    void randomValuesRoundTripWithinHalfAUnitInTheThirdDigit() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 10_000; i++) {
            double x = Math.pow(10, random.nextDouble(-12, 8)) * (random.nextBoolean() ? 1 : 1.5);
            String shown = Figures.number(x);
            double back = Double.parseDouble(shown);
            assertTrue(Math.abs(back - x) <= 0.005 * x * 1.0000001, shown + " for " + x);
            String digits = shown.replaceAll("e.*", "").replace(".", "").replaceFirst("^0+", "");
            assertEquals(3, digits.length() >= 3 ? 3 : digits.length(), shown);
            assertTrue(digits.length() == 3 || shown.indexOf('.') < 0, "three significant digits: " + shown);
            double u = Math.min(0.9, x * 1e-9);
            String percent = Figures.availabilityPercent(u).replace(" %", "");
            double down = 100 - new BigDecimal(percent).doubleValue();
            assertTrue(Math.abs(down - 100 * u) <= 0.005 * 100 * u * 1.0000001 + 1e-12, percent + " for " + u);
        }
    }
}
