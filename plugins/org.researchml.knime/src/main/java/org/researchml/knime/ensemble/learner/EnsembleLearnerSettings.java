package org.researchml.knime.ensemble.learner;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.researchml.core.ensemble.Combination;
import org.researchml.core.ensemble.EnsembleSettings;
import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.MemberSpec;
import org.researchml.core.ensemble.ThresholdMode;

/**
 * Settings of the Ensemble Learner. The keys are stored in workflows and must never change; the dialog labels named
 * in messages must match the node description.
 */
final class EnsembleLearnerSettings {

    static final String KEY_CLASS_COLUMN = "class_column";
    static final String KEY_EVENT_VALUE = "event_value";
    static final String KEY_FEATURE_COLUMNS = "feature_columns";
    static final String KEY_COMBINATION = "combination";
    static final String KEY_WEIGHTS = "soft_voting_weights";
    static final String KEY_STACKING_FOLDS = "stacking_folds";
    static final String KEY_SEED = "stacking_seed";
    static final String KEY_THRESHOLD_MODE = "threshold_mode";
    static final String KEY_FIXED_THRESHOLD = "fixed_threshold";
    static final String KEY_FALSE_ALARM_RATE = "target_false_alarm_rate";
    static final String KEY_THREADS = "threads";

    static final String LABEL_CLASS_COLUMN = "Class column";
    static final String LABEL_EVENT_VALUE = "Event value";
    static final String LABEL_FEATURE_COLUMNS = "Feature columns";
    static final String LABEL_COMBINATION = "Combination";
    static final String LABEL_WEIGHTS = "Soft-voting weights";
    static final String LABEL_STACKING_FOLDS = "Stacking folds";
    static final String LABEL_SEED = "Stacking seed";
    static final String LABEL_THRESHOLD_MODE = "Threshold";
    static final String LABEL_FIXED_THRESHOLD = "Fixed threshold";
    static final String LABEL_FALSE_ALARM_RATE = "Target false-alarm rate (fraction)";
    static final String LABEL_THREADS = "Threads";

    static final String SOFT_VOTING = "Soft voting";
    static final String STACKING = "Stacking";
    static final String FIXED = "Fixed";
    static final String FALSE_ALARM_RATE = "Target false-alarm rate";

    /** Largest accepted target rate; the core accepts fractions below 1. */
    static final double MAX_FALSE_ALARM_RATE = 0.999_999;

    final SettingsModelString classColumn = new SettingsModelString(KEY_CLASS_COLUMN, "label");
    final SettingsModelString eventValue = new SettingsModelString(KEY_EVENT_VALUE, "");
    final SettingsModelString featureColumns = new SettingsModelString(KEY_FEATURE_COLUMNS, "");
    final SettingsModelString combination = new SettingsModelString(KEY_COMBINATION, SOFT_VOTING);
    final SettingsModelString weights = new SettingsModelString(KEY_WEIGHTS, "");
    final SettingsModelIntegerBounded stackingFolds = new SettingsModelIntegerBounded(KEY_STACKING_FOLDS, 5, 2, 20);
    final SettingsModelIntegerBounded seed = new SettingsModelIntegerBounded(KEY_SEED, 1, 0, Integer.MAX_VALUE);
    final SettingsModelString thresholdMode = new SettingsModelString(KEY_THRESHOLD_MODE, FIXED);
    final SettingsModelDoubleBounded fixedThreshold = new SettingsModelDoubleBounded(KEY_FIXED_THRESHOLD, 0.5, 0, 1);
    final SettingsModelDoubleBounded falseAlarmRate =
            new SettingsModelDoubleBounded(KEY_FALSE_ALARM_RATE, 0.0005, 0, MAX_FALSE_ALARM_RATE);
    final SettingsModelIntegerBounded threads = new SettingsModelIntegerBounded(KEY_THREADS, 0, 0, 1024);

    /** One entry per member kind, in {@link MemberKind} order. */
    final List<MemberSettings> members = new ArrayList<>();

    EnsembleLearnerSettings() {
        for (MemberKind kind : MemberKind.values()) {
            members.add(new MemberSettings(kind));
        }
    }

    private List<SettingsModel> models() {
        List<SettingsModel> models = new ArrayList<>(List.of(classColumn, eventValue, featureColumns, combination,
                weights, stackingFolds, seed, thresholdMode, fixedThreshold, falseAlarmRate, threads));
        for (MemberSettings member : members) {
            models.addAll(member.models());
        }
        return models;
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
        EnsembleLearnerSettings candidate = new EnsembleLearnerSettings();
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
        if (classColumn.getStringValue() == null || classColumn.getStringValue().isBlank()) {
            throw new InvalidSettingsException("'" + LABEL_CLASS_COLUMN + "' is empty. Enter the column that holds "
                    + "the class of each row, for example label.");
        }
        featureList();
        combinationValue();
        thresholdModeValue();
        if (enabledMembers().isEmpty()) {
            throw new InvalidSettingsException("No member is enabled. Tick at least one member, for example "
                    + MemberKind.LOGISTIC_REGRESSION.displayName() + ".");
        }
        weightList();
        toEnsembleSettings();
    }

    /** Returns the chosen feature columns, or an empty list for all numeric columns. */
    List<String> featureList() throws InvalidSettingsException {
        return ColumnList.parse(featureColumns.getStringValue(), LABEL_FEATURE_COLUMNS);
    }

    Combination combinationValue() throws InvalidSettingsException {
        String value = combination.getStringValue();
        if (SOFT_VOTING.equals(value)) {
            return Combination.SOFT_VOTING;
        }
        if (STACKING.equals(value)) {
            return Combination.STACKING;
        }
        throw new InvalidSettingsException("'" + LABEL_COMBINATION + "' is '" + value + "'. Choose '" + SOFT_VOTING
                + "' or '" + STACKING + "'.");
    }

    ThresholdMode thresholdModeValue() throws InvalidSettingsException {
        String value = thresholdMode.getStringValue();
        if (FIXED.equals(value)) {
            return ThresholdMode.FIXED;
        }
        if (FALSE_ALARM_RATE.equals(value)) {
            return ThresholdMode.FALSE_ALARM_RATE;
        }
        throw new InvalidSettingsException("'" + LABEL_THRESHOLD_MODE + "' is '" + value + "'. Choose '" + FIXED
                + "' or '" + FALSE_ALARM_RATE + "'.");
    }

    List<MemberSpec> enabledMembers() {
        List<MemberSpec> specs = new ArrayList<>();
        for (MemberSettings member : members) {
            if (member.enabled.getBooleanValue()) {
                specs.add(member.toSpec());
            }
        }
        return specs;
    }

    /** Returns the soft-voting weights, one per enabled member, or an empty list for equal weights. */
    List<Double> weightList() throws InvalidSettingsException {
        String text = weights.getStringValue();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                double weight = Double.parseDouble(part.trim());
                if (!(weight >= 0) || Double.isInfinite(weight)) {
                    throw new NumberFormatException();
                }
                values.add(weight);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException("'" + LABEL_WEIGHTS + "' has the entry '" + part.trim() + "', "
                        + "which is not a finite number >= 0. Separate weights with commas, for example 1, 2, 1.",
                        e);
            }
        }
        int memberCount = enabledMembers().size();
        if (values.size() != memberCount) {
            throw new InvalidSettingsException("'" + LABEL_WEIGHTS + "' has " + values.size() + " weights but "
                    + memberCount + " members are enabled. Give one weight per enabled member, in the order of the "
                    + "Members tab, or leave it empty for equal weights.");
        }
        if (values.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new InvalidSettingsException("All '" + LABEL_WEIGHTS + "' are 0. Give at least one member a "
                    + "weight above 0.");
        }
        return values;
    }

    /** Returns the core settings for the current values. */
    EnsembleSettings toEnsembleSettings() throws InvalidSettingsException {
        try {
            return new EnsembleSettings(enabledMembers(), combinationValue(), weightList(), thresholdModeValue(),
                    fixedThreshold.getDoubleValue(), falseAlarmRate.getDoubleValue(), seed.getIntValue(),
                    stackingFolds.getIntValue(), threads.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
