package org.researchml.knime.ensemble.learner;

import java.util.Map;

import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.researchml.core.ensemble.MemberKind;

/** Dialog of the Ensemble Learner; labels match the option names of the node description. */
final class EnsembleLearnerNodeDialog extends DefaultNodeSettingsPane {

    EnsembleLearnerNodeDialog() {
        EnsembleLearnerSettings settings = new EnsembleLearnerSettings();

        createNewGroup("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(settings.classColumn,
                EnsembleLearnerSettings.LABEL_CLASS_COLUMN, EnsembleLearnerNodeModel.TRAINING_PORT, IntValue.class,
                StringValue.class));
        addDialogComponent(new DialogComponentString(settings.eventValue, EnsembleLearnerSettings.LABEL_EVENT_VALUE,
                false, 20));
        // NOTE: feature columns are typed as a comma-separated list because the API stand-in has no column filter
        // component (DialogComponentColumnFilter2) yet.
        addDialogComponent(new DialogComponentString(settings.featureColumns,
                EnsembleLearnerSettings.LABEL_FEATURE_COLUMNS, false, 40));
        closeCurrentGroup();

        createNewGroup("Combination and threshold");
        addDialogComponent(new DialogComponentStringSelection(settings.combination,
                EnsembleLearnerSettings.LABEL_COMBINATION, EnsembleLearnerSettings.SOFT_VOTING,
                EnsembleLearnerSettings.STACKING));
        addDialogComponent(new DialogComponentString(settings.weights, EnsembleLearnerSettings.LABEL_WEIGHTS, false,
                20));
        addDialogComponent(new DialogComponentNumber(settings.stackingFolds,
                EnsembleLearnerSettings.LABEL_STACKING_FOLDS, 1));
        addDialogComponent(new DialogComponentNumber(settings.seed, EnsembleLearnerSettings.LABEL_SEED, 1));
        addDialogComponent(new DialogComponentStringSelection(settings.thresholdMode,
                EnsembleLearnerSettings.LABEL_THRESHOLD_MODE, EnsembleLearnerSettings.FIXED,
                EnsembleLearnerSettings.FALSE_ALARM_RATE));
        addDialogComponent(new DialogComponentNumber(settings.fixedThreshold,
                EnsembleLearnerSettings.LABEL_FIXED_THRESHOLD, 0.05));
        addDialogComponent(new DialogComponentNumber(settings.falseAlarmRate,
                EnsembleLearnerSettings.LABEL_FALSE_ALARM_RATE, 0.0001));
        addDialogComponent(new DialogComponentNumber(settings.threads, EnsembleLearnerSettings.LABEL_THREADS, 1));
        closeCurrentGroup();

        createNewTab("Members");
        for (MemberSettings member : settings.members) {
            createNewGroup(member.kind.displayName());
            addDialogComponent(new DialogComponentBoolean(member.enabled, member.enabledLabel()));
            for (Map.Entry<String, SettingsModel> option : member.options.entrySet()) {
                addOption(member.kind, option.getKey(), option.getValue());
            }
            closeCurrentGroup();
        }
    }

    private void addOption(MemberKind kind, String optionName, SettingsModel model) {
        String label = MemberSettings.optionLabel(kind, optionName);
        if (model instanceof SettingsModelBoolean flag) {
            addDialogComponent(new DialogComponentBoolean(flag, label));
        } else if (model instanceof SettingsModelDoubleBounded decimal) {
            addDialogComponent(new DialogComponentNumber(decimal, label, decimal.getDoubleValue() / 10));
        } else {
            addDialogComponent(new DialogComponentNumber((SettingsModelNumber) model, label, 1));
        }
    }
}
