package org.researchml.knime.eeg.resampler;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the EEG Resampler. The keys are stored in workflows and must never change; the dialog labels named in
 * messages must match the node description.
 */
final class EegResamplerSettings {

    static final String KEY_MODE = "mode";
    static final String KEY_UP = "up_factor";
    static final String KEY_DOWN = "down_factor";
    static final String KEY_TARGET_RATE = "target_rate_hz";

    static final String LABEL_MODE = "Specify by";
    static final String LABEL_UP = "Up factor";
    static final String LABEL_DOWN = "Down factor";
    static final String LABEL_TARGET_RATE = "Target rate (Hz)";

    static final String FACTORS = "factors";
    static final String TARGET_RATE = "target rate";
    static final List<String> MODES = List.of(FACTORS, TARGET_RATE);

    /**
     * Largest up or down factor. The anti-aliasing filter has {@code 20 * max(up, down) + 1} taps, so larger factors
     * make resampling slow.
     */
    static final int MAX_FACTOR = 1000;

    /** Relative tolerance within which a target rate counts as reached by a fraction of the input rate. */
    static final double RATE_TOLERANCE = 1e-6;

    final SettingsModelString mode = new SettingsModelString(KEY_MODE, TARGET_RATE);
    final SettingsModelIntegerBounded up = new SettingsModelIntegerBounded(KEY_UP, 1, 1, MAX_FACTOR);
    final SettingsModelIntegerBounded down = new SettingsModelIntegerBounded(KEY_DOWN, 2, 1, MAX_FACTOR);
    final SettingsModelDouble targetRateHz = new SettingsModelDouble(KEY_TARGET_RATE, 100.0);

    private List<SettingsModel> models() {
        return List.of(mode, up, down, targetRateHz);
    }

    void save(NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }

    /** Checks stored settings without taking them: each value alone, then the rules that involve several. */
    static void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        EegResamplerSettings candidate = new EegResamplerSettings();
        for (SettingsModel model : candidate.models()) {
            try {
                model.validateSettings(settings);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
            }
        }
        candidate.load(settings);
        candidate.check();
    }

    /** Checks the current values; every message names the dialog option to change. */
    void check() throws InvalidSettingsException {
        if (!MODES.contains(mode.getStringValue())) {
            throw new InvalidSettingsException("'" + LABEL_MODE + "' is '" + mode.getStringValue() + "'. Choose "
                    + FACTORS + " or " + TARGET_RATE + ".");
        }
        double target = targetRateHz.getDoubleValue();
        if (!byFactors() && !(target > 0 && Double.isFinite(target))) {
            throw new InvalidSettingsException("'" + LABEL_TARGET_RATE + "' is " + target + " Hz. Enter a positive "
                    + "sampling rate, for example 100.");
        }
    }

    boolean byFactors() {
        return FACTORS.equals(mode.getStringValue());
    }

    /**
     * Returns {@code {up, down}}: the factors as set, or the smallest-denominator fraction that turns the input rate
     * into the target rate within {@link #RATE_TOLERANCE}; the caller reduces them.
     *
     * @throws InvalidSettingsException if no fraction with factors up to {@link #MAX_FACTOR} reaches the target
     */
    int[] factors(double inputRateHz) throws InvalidSettingsException {
        if (byFactors()) {
            return new int[] {up.getIntValue(), down.getIntValue()};
        }
        double target = targetRateHz.getDoubleValue();
        double ratio = target / inputRateHz;
        for (int q = 1; q <= MAX_FACTOR; q++) {
            long p = Math.round(ratio * q);
            if (p >= 1 && p <= MAX_FACTOR && Math.abs(inputRateHz * p / q - target) <= RATE_TOLERANCE * target) {
                return new int[] {(int) p, q};
            }
        }
        throw new InvalidSettingsException(String.format(Locale.ROOT, "'%s' (%s Hz) cannot be reached from the "
                + "input rate %s Hz with up and down factors of at most %d. Choose a rate that is a simpler fraction "
                + "of the input rate, or set '%s' to %s.", LABEL_TARGET_RATE, target, inputRateHz, MAX_FACTOR,
                LABEL_MODE, FACTORS));
    }
}
