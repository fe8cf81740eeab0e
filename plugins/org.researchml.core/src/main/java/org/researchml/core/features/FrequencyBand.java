package org.researchml.core.features;

import java.math.BigDecimal;

/**
 * A frequency band for band-power features, with both edges included.
 *
 * @param lowHz lower edge in Hz, at least 0
 * @param highHz upper edge in Hz, above {@code lowHz}
 */
public record FrequencyBand(double lowHz, double highHz) {

    public FrequencyBand {
        if (!(lowHz >= 0) || Double.isInfinite(lowHz) || !(highHz > lowHz) || Double.isInfinite(highHz)) {
            throw new IllegalArgumentException("Invalid frequency band " + lowHz + "-" + highHz
                    + " Hz: it needs 0 <= low < high, both finite, for example 8-12 Hz.");
        }
    }

    /** Returns the band as used in feature names, for example {@code 8-12Hz} or {@code 0.5-4Hz}. */
    public String label() {
        return plain(lowHz) + "-" + plain(highHz) + "Hz";
    }

    /** Returns whether a frequency lies in the band, edges included. */
    public boolean contains(double frequencyHz) {
        return frequencyHz >= lowHz && frequencyHz <= highHz;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
