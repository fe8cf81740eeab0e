package org.researchml.knime.eeg.features;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;
import org.researchml.core.features.FeatureKind;
import org.researchml.core.features.FrequencyBand;
import org.researchml.core.features.WindowFeatureSettings;

/**
 * Settings of EEG Window Features. The keys are stored in workflows and must never change; the dialog labels named
 * in messages must match the node description.
 */
final class EegWindowFeaturesSettings {

    static final String KEY_CHANNELS = "channels";
    static final String KEY_WINDOW = "window_s";
    static final String KEY_STEP = "step_s";
    static final String KEY_LOG_VARIANCE = "log_variance";
    static final String KEY_BAND_POWER = "band_power";
    static final String KEY_BANDS = "bands_hz";
    static final String KEY_MEAN = "mean";
    static final String KEY_LAGGED = "lagged_samples";
    static final String KEY_LAGS = "lags_s";
    static final String KEY_LABEL_COLUMN = "label_column";
    static final String KEY_CSP = "csp";
    static final String KEY_CSP_PAIRS = "csp_filter_pairs";

    static final String LABEL_CHANNELS = "Channels";
    static final String LABEL_WINDOW = "Window length (s)";
    static final String LABEL_STEP = "Step (s)";
    static final String LABEL_LOG_VARIANCE = "Log-variance";
    static final String LABEL_BAND_POWER = "Band power";
    static final String LABEL_BANDS = "Bands (Hz)";
    static final String LABEL_MEAN = "Mean";
    static final String LABEL_LAGGED = "Lagged samples";
    static final String LABEL_LAGS = "Lags (s)";
    static final String LABEL_LABEL_COLUMN = "Label column";
    static final String LABEL_CSP = "CSP spatial filters";
    static final String LABEL_CSP_PAIRS = "CSP filter pairs";

    /** Largest number of CSP filter pairs offered; 32 pairs need 64 usable channel directions. */
    static final int MAX_CSP_PAIRS = 32;

    final SettingsModelStringArray channels = new SettingsModelStringArray(KEY_CHANNELS, new String[0]);
    final SettingsModelDouble windowSeconds = new SettingsModelDouble(KEY_WINDOW, 1.0);
    final SettingsModelDouble stepSeconds = new SettingsModelDouble(KEY_STEP, 0.1);
    final SettingsModelBoolean logVariance = new SettingsModelBoolean(KEY_LOG_VARIANCE, true);
    final SettingsModelBoolean bandPower = new SettingsModelBoolean(KEY_BAND_POWER, false);
    final SettingsModelString bands = new SettingsModelString(KEY_BANDS, "8-12,13-30");
    final SettingsModelBoolean mean = new SettingsModelBoolean(KEY_MEAN, false);
    final SettingsModelBoolean lagged = new SettingsModelBoolean(KEY_LAGGED, false);
    final SettingsModelString lags = new SettingsModelString(KEY_LAGS, "0,0.1");
    final SettingsModelString labelColumn = new SettingsModelString(KEY_LABEL_COLUMN, "label");
    final SettingsModelBoolean csp = new SettingsModelBoolean(KEY_CSP, false);
    final SettingsModelIntegerBounded cspPairs = new SettingsModelIntegerBounded(KEY_CSP_PAIRS, 2, 1, MAX_CSP_PAIRS);

    private List<SettingsModel> models() {
        return List.of(channels, windowSeconds, stepSeconds, logVariance, bandPower, bands, mean, lagged, lags,
                labelColumn, csp, cspPairs);
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
        EegWindowFeaturesSettings candidate = new EegWindowFeaturesSettings();
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
        featureSettings();
        if (csp.getBooleanValue() && labelColumnOrNull() == null) {
            throw new InvalidSettingsException("'" + LABEL_CSP + "' needs labels to fit the filters, but '"
                    + LABEL_LABEL_COLUMN + "' is empty. Enter the 0/1 label column, for example label, or clear '"
                    + LABEL_CSP + "'.");
        }
    }

    /** Returns the label column name, or {@code null} when the setting is empty. */
    String labelColumnOrNull() {
        String name = labelColumn.getStringValue();
        return name == null || name.isBlank() ? null : name.trim();
    }

    /** Builds the core settings; every message names the dialog option to change. */
    WindowFeatureSettings featureSettings() throws InvalidSettingsException {
        double window = windowSeconds.getDoubleValue();
        double step = stepSeconds.getDoubleValue();
        if (!(window > 0 && Double.isFinite(window))) {
            throw new InvalidSettingsException("'" + LABEL_WINDOW + "' is " + window + " s. Enter a positive window "
                    + "length, for example 1.");
        }
        if (!(step > 0 && Double.isFinite(step))) {
            throw new InvalidSettingsException("'" + LABEL_STEP + "' is " + step + " s. Enter a positive step, for "
                    + "example 0.1.");
        }

        List<FeatureKind> kinds = new ArrayList<>();
        if (logVariance.getBooleanValue()) {
            kinds.add(FeatureKind.LOG_VARIANCE);
        }
        if (bandPower.getBooleanValue()) {
            kinds.add(FeatureKind.BAND_POWER);
        }
        if (mean.getBooleanValue()) {
            kinds.add(FeatureKind.MEAN);
        }
        if (lagged.getBooleanValue()) {
            kinds.add(FeatureKind.LAGGED_SAMPLES);
        }
        if (kinds.isEmpty()) {
            throw new InvalidSettingsException("No feature is chosen. Tick at least one of '" + LABEL_LOG_VARIANCE
                    + "', '" + LABEL_BAND_POWER + "', '" + LABEL_MEAN + "' and '" + LABEL_LAGGED + "'.");
        }

        List<FrequencyBand> bandList = bandPower.getBooleanValue() ? bandList() : List.of();
        List<Double> lagList = lagged.getBooleanValue() ? lagList() : List.of();
        return new WindowFeatureSettings(window, step, kinds, bandList, lagList);
    }

    /** Parses bands such as {@code 8-12,13-30} or {@code 0.5-4}. */
    List<FrequencyBand> bandList() throws InvalidSettingsException {
        String text = bands.getStringValue() == null ? "" : bands.getStringValue();
        List<FrequencyBand> list = new ArrayList<>();
        for (String part : entries(text, LABEL_BANDS, "8-12,13-30")) {
            int dash = part.indexOf('-', 1);
            if (dash < 0) {
                throw new InvalidSettingsException("'" + LABEL_BANDS + "' entry '" + part + "' is not a band. Write "
                        + "each band as low-high in Hz, for example 8-12.");
            }
            try {
                double low = Double.parseDouble(part.substring(0, dash).trim());
                double high = Double.parseDouble(part.substring(dash + 1).trim());
                list.add(new FrequencyBand(low, high));
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException("'" + LABEL_BANDS + "' entry '" + part + "' has a value that is not "
                        + "a number. Write each band as low-high in Hz, for example 8-12.", e);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("'" + LABEL_BANDS + "' entry '" + part + "' is invalid: the low "
                        + "edge must be at least 0 and below the high edge, for example 8-12.", e);
            }
        }
        return list;
    }

    /** Parses lags in seconds such as {@code 0,0.1,0.25}. */
    List<Double> lagList() throws InvalidSettingsException {
        String text = lags.getStringValue() == null ? "" : lags.getStringValue();
        List<Double> list = new ArrayList<>();
        for (String part : entries(text, LABEL_LAGS, "0,0.1")) {
            double lag;
            try {
                lag = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException("'" + LABEL_LAGS + "' entry '" + part + "' is not a number. Enter "
                        + "lags in seconds, for example 0,0.1.", e);
            }
            if (!(lag >= 0 && Double.isFinite(lag))) {
                throw new InvalidSettingsException("'" + LABEL_LAGS + "' entry '" + part + "' is negative. Lags count "
                        + "back from the window's last sample and must be 0 s or more.");
            }
            list.add(lag);
        }
        return list;
    }

    private static List<String> entries(String text, String label, String example) throws InvalidSettingsException {
        if (text.isBlank()) {
            throw new InvalidSettingsException("'" + label + "' is empty. Enter comma-separated values, for example "
                    + example + ".");
        }
        List<String> entries = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                throw new InvalidSettingsException("'" + label + "' has an empty entry in '" + text + "'. Separate "
                        + "values with single commas, for example " + example + ".");
            }
            entries.add(entry);
        }
        return entries;
    }
}
