package org.researchml.core.plot;

import java.util.ArrayList;
import java.util.List;

/** Axis tick positions at "nice" steps (1, 2 or 5 times a power of ten). */
final class Ticks {

    private Ticks() {
    }

    /** Returns the step that puts about {@code targetCount} ticks on the range. */
    static double niceStep(double range, int targetCount) {
        if (!(range > 0)) {
            return 1;
        }
        double rough = range / Math.max(1, targetCount);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        if (fraction < 1.5) {
            return power;
        }
        if (fraction < 3.5) {
            return 2 * power;
        }
        if (fraction < 7.5) {
            return 5 * power;
        }
        return 10 * power;
    }

    /** Returns the multiples of the step that lie within [min, max]. */
    static List<Double> positions(double min, double max, double step) {
        List<Double> positions = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (double value = first; value <= max + step * 1e-9; value += step) {
            positions.add(Math.abs(value) < step * 1e-9 ? 0.0 : value);
        }
        return positions;
    }

    /** Formats a tick value with just enough decimals for the step. */
    static String format(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
