package org.researchml.knime.eeg.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;
import org.researchml.core.signal.ButterworthDesign;
import org.researchml.core.signal.FilterSpec;
import org.researchml.core.signal.FilterType;

/**
 * Settings of the EEG Filter. The keys are stored in workflows and must never change; the dialog labels named in
 * messages must match the node description.
 */
final class EegFilterSettings {

    static final String KEY_CHANNELS = "channels";
    static final String KEY_FILTER_TYPE = "filter_type";
    static final String KEY_ORDER = "order";
    static final String KEY_LOW_CUTOFF = "low_cutoff_hz";
    static final String KEY_HIGH_CUTOFF = "high_cutoff_hz";
    static final String KEY_ZERO_PHASE = "zero_phase";

    static final String LABEL_CHANNELS = "Channels";
    static final String LABEL_FILTER_TYPE = "Filter type";
    static final String LABEL_ORDER = "Order";
    static final String LABEL_LOW_CUTOFF = "Low cut-off (Hz)";
    static final String LABEL_HIGH_CUTOFF = "High cut-off (Hz)";
    static final String LABEL_ZERO_PHASE = "Zero-phase (forward-backward)";

    /** Filter type names as shown in the dialog and stored in settings, for example {@code band-pass}. */
    static final List<String> TYPE_NAMES = typeNames();

    final SettingsModelStringArray channels = new SettingsModelStringArray(KEY_CHANNELS, new String[0]);
    final SettingsModelString filterType = new SettingsModelString(KEY_FILTER_TYPE,
            FilterType.BAND_PASS.displayName());
    final SettingsModelIntegerBounded order = new SettingsModelIntegerBounded(KEY_ORDER, 4, 1,
            ButterworthDesign.MAX_ORDER);
    final SettingsModelDouble lowCutoffHz = new SettingsModelDouble(KEY_LOW_CUTOFF, 1.0);
    final SettingsModelDouble highCutoffHz = new SettingsModelDouble(KEY_HIGH_CUTOFF, 40.0);
    final SettingsModelBoolean zeroPhase = new SettingsModelBoolean(KEY_ZERO_PHASE, true);

    private static List<String> typeNames() {
        List<String> names = new ArrayList<>();
        for (FilterType type : FilterType.values()) {
            names.add(type.displayName());
        }
        return List.copyOf(names);
    }

    private List<SettingsModel> models() {
        return List.of(channels, filterType, order, lowCutoffHz, highCutoffHz, zeroPhase);
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
        EegFilterSettings candidate = new EegFilterSettings();
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

    /** Checks the values that do not depend on the sampling rate; every message names the dialog option. */
    void check() throws InvalidSettingsException {
        FilterType type = type();
        double low = lowCutoffHz.getDoubleValue();
        double high = highCutoffHz.getDoubleValue();
        if (usesLow(type) && !(low > 0 && Double.isFinite(low))) {
            throw new InvalidSettingsException("'" + LABEL_LOW_CUTOFF + "' is " + low + " Hz, but a "
                    + type.displayName() + " filter needs a positive cut-off. Enter a frequency such as 1 Hz.");
        }
        if (usesHigh(type) && !(high > 0 && Double.isFinite(high))) {
            throw new InvalidSettingsException("'" + LABEL_HIGH_CUTOFF + "' is " + high + " Hz, but a "
                    + type.displayName() + " filter needs a positive cut-off. Enter a frequency such as 40 Hz.");
        }
        if (type.cutoffCount() == 2 && low >= high) {
            throw new InvalidSettingsException("'" + LABEL_LOW_CUTOFF + "' (" + low + " Hz) must be below '"
                    + LABEL_HIGH_CUTOFF + "' (" + high + " Hz) for a " + type.displayName() + " filter. Swap or "
                    + "change the cut-offs.");
        }
    }

    /**
     * Checks the cut-offs against the Nyquist frequency of the input.
     *
     * @param samplingRateHz sampling rate derived from the samples table
     */
    void checkNyquist(double samplingRateHz) throws InvalidSettingsException {
        FilterType type = type();
        double nyquist = samplingRateHz / 2;
        if (usesHigh(type) && highCutoffHz.getDoubleValue() >= nyquist) {
            throw aboveNyquist(LABEL_HIGH_CUTOFF, highCutoffHz.getDoubleValue(), samplingRateHz);
        }
        if (usesLow(type) && lowCutoffHz.getDoubleValue() >= nyquist) {
            throw aboveNyquist(LABEL_LOW_CUTOFF, lowCutoffHz.getDoubleValue(), samplingRateHz);
        }
    }

    private static InvalidSettingsException aboveNyquist(String label, double cutoffHz, double samplingRateHz) {
        return new InvalidSettingsException(String.format(Locale.ROOT, "'%s' (%s Hz) must be below the Nyquist "
                + "frequency %.4g Hz, half the sampling rate %.4g Hz of the samples table. Lower the cut-off.", label,
                cutoffHz, samplingRateHz / 2, samplingRateHz));
    }

    FilterType type() throws InvalidSettingsException {
        String name = filterType.getStringValue();
        for (FilterType type : FilterType.values()) {
            if (type.displayName().equals(name)) {
                return type;
            }
        }
        throw new InvalidSettingsException("'" + LABEL_FILTER_TYPE + "' is '" + name + "', which is not a filter "
                + "type. Choose one of " + String.join(", ", TYPE_NAMES) + ".");
    }

    /** Returns the filter spec; call {@link #check()} first. */
    FilterSpec spec() throws InvalidSettingsException {
        FilterType type = type();
        double low = lowCutoffHz.getDoubleValue();
        double high = highCutoffHz.getDoubleValue();
        double[] cutoffs = switch (type) {
            case LOW_PASS -> new double[] {high};
            case HIGH_PASS -> new double[] {low};
            case BAND_PASS, BAND_STOP -> new double[] {low, high};
        };
        return new FilterSpec(type, order.getIntValue(), cutoffs);
    }

    /** Returns whether a type uses the low cut-off: high-pass, band-pass and band-stop. */
    private static boolean usesLow(FilterType type) {
        return type != FilterType.LOW_PASS;
    }

    /** Returns whether a type uses the high cut-off: low-pass, band-pass and band-stop. */
    private static boolean usesHigh(FilterType type) {
        return type != FilterType.HIGH_PASS;
    }
}
