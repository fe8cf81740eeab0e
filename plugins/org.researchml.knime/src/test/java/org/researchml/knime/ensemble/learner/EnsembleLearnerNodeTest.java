package org.researchml.knime.ensemble.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.core.ensemble.Combination;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.ThresholdSelector;
import org.researchml.core.features.FeatureTable;
import org.researchml.knime.convert.InterpretationTable;
import org.researchml.knime.ensemble.EnsembleTestData;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;
import org.researchml.knime.port.EnsembleModelPortObject;
import org.researchml.knime.port.EnsembleModelPortObjectSpec;

public class EnsembleLearnerNodeTest {

    /**
     * Returns a learner with all five members, a 10-tree forest and one thread, so results do not depend on the
     * machine.
     */
    public static NodeHarness<EnsembleLearnerNodeModel> learner() throws InvalidSettingsException {
        NodeHarness<EnsembleLearnerNodeModel> node = NodeHarness.of(new EnsembleLearnerNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addInt("random_forest_number_of_trees", 10);
        settings.addInt("random_forest_execution_slots", 1);
        settings.addInt(EnsembleLearnerSettings.KEY_THREADS, 1);
        node.loadSettings(settings);
        return node;
    }

    static NodeHarness<EnsembleLearnerNodeModel> learner(Object... keysAndValues) throws InvalidSettingsException {
        NodeHarness<EnsembleLearnerNodeModel> node = learner();
        NodeSettings settings = node.savedSettings();
        put(settings, keysAndValues);
        node.loadSettings(settings);
        return node;
    }

    private static void put(NodeSettings settings, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value instanceof Boolean flag) {
                settings.addBoolean(key, flag);
            } else if (value instanceof Integer number) {
                settings.addInt(key, number);
            } else if (value instanceof Double number) {
                settings.addDouble(key, number);
            } else {
                settings.addString(key, (String) value);
            }
        }
    }

    private static Set<String> column(BufferedDataTable table, String name) {
        int index = table.getDataTableSpec().findColumnIndex(name);
        Set<String> values = new HashSet<>();
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                values.add(((StringValue) rows.next().getCell(index)).getStringValue());
            }
        }
        return values;
    }

    @Test
    void trainsOnEegFeaturesWithValidationThreshold() throws Exception {
        BufferedDataTable training = EnsembleTestData.eegTrainingTable();
        BufferedDataTable validation = EnsembleTestData.eegValidationTable();
        NodeHarness<EnsembleLearnerNodeModel> node = learner(EnsembleLearnerSettings.KEY_THRESHOLD_MODE,
                EnsembleLearnerSettings.FALSE_ALARM_RATE, EnsembleLearnerSettings.KEY_FALSE_ALARM_RATE, 0.05);

        PortObject[] outputs = node.execute(training, validation);

        EnsembleModel model = ((EnsembleModelPortObject) outputs[0]).model();
        FeatureTable heldOut = EnsembleTestData.eegFeatures().validationTable();
        assertEquals(EnsembleTestData.eegFeatures().fitTable().featureNames(), model.featureNames());
        assertEquals(5, model.members().size());
        double expected = ThresholdSelector.forFalseAlarmRate(model.predictProbabilities(heldOut), heldOut.labels(),
                0.05);
        assertEquals(expected, model.threshold(), 0.0);
        assertTrue(ThresholdSelector.falseAlarmRate(model.predictProbabilities(heldOut), heldOut.labels(),
                model.threshold()) <= 0.05);
        BufferedDataTable interpretation = (BufferedDataTable) outputs[1];
        assertEquals(InterpretationTable.spec(), interpretation.getDataTableSpec());
        assertEquals(model.interpretation().size(), interpretation.size());
        assertEquals(Set.of("1: Logistic regression", "2: Linear discriminant analysis", "3: Naive Bayes",
                "4: J48 decision tree", "5: Random forest"), column(interpretation, InterpretationTable.MEMBER));
        assertEquals(Set.copyOf(model.featureNames()), column(interpretation, InterpretationTable.FEATURE));
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void thresholdOnTrainingRowsWithoutValidation() throws Exception {
        BufferedDataTable training = EnsembleTestData.synthetic(400, 3);
        NodeHarness<EnsembleLearnerNodeModel> node = learner(EnsembleLearnerSettings.KEY_THRESHOLD_MODE,
                EnsembleLearnerSettings.FALSE_ALARM_RATE, EnsembleLearnerSettings.KEY_FALSE_ALARM_RATE, 0.1,
                EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1, f2");

        EnsembleModel model = ((EnsembleModelPortObject) node.execute(training, null)[0]).model();

        FeatureTable rows = EnsembleTestData.syntheticRows(training);
        assertEquals(ThresholdSelector.forFalseAlarmRate(model.predictProbabilities(rows), rows.labels(), 0.1),
                model.threshold(), 0.0);
        assertNull(node.warningMessage());
    }

    @Test
    void stringClassStackingAndChosenMembers() throws Exception {
        BufferedDataTable training = EnsembleTestData.synthetic(400, 5);
        NodeHarness<EnsembleLearnerNodeModel> node = learner(EnsembleLearnerSettings.KEY_CLASS_COLUMN, "state",
                EnsembleLearnerSettings.KEY_EVENT_VALUE, "move", EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1,f2",
                EnsembleLearnerSettings.KEY_COMBINATION,
                EnsembleLearnerSettings.STACKING, EnsembleLearnerSettings.KEY_STACKING_FOLDS, 3,
                "j48_enabled", false, "random_forest_enabled", false, "logistic_regression_ridge", 0.5);

        PortObject[] outputs = node.execute(training, null);

        EnsembleModel model = ((EnsembleModelPortObject) outputs[0]).model();
        assertEquals(List.of("f1", "f2"), model.featureNames());
        assertEquals(Combination.STACKING, model.settings().combination());
        assertEquals(List.of(MemberKind.LOGISTIC_REGRESSION, MemberKind.LINEAR_DISCRIMINANT, MemberKind.NAIVE_BAYES),
                model.settings().members().stream().map(m -> m.kind()).toList());
        assertEquals(0.5, model.settings().members().get(0).options().get("ridge"));
        assertEquals(100, model.trainingEventCount());
        assertEquals(0.5, model.threshold(), 0.0);
    }

    @Test
    void softVotingWeightsReachTheModel() throws Exception {
        NodeHarness<EnsembleLearnerNodeModel> node = learner(EnsembleLearnerSettings.KEY_WEIGHTS, "1, 0, 3, 0, 0");

        EnsembleModel model = ((EnsembleModelPortObject) node.execute(EnsembleTestData.synthetic(200, 1), null)[0])
                .model();

        assertEquals(List.of(1.0, 0.0, 3.0, 0.0, 0.0), model.settings().weights());
    }

    @Test
    void configureGivesModelSpec() throws Exception {
        BufferedDataTable training = EnsembleTestData.synthetic(40, 1);
        NodeHarness<EnsembleLearnerNodeModel> node = learner("j48_enabled", false);

        PortObjectSpec[] specs = node.configure(training.getDataTableSpec(), null);

        EnsembleModelPortObjectSpec spec = (EnsembleModelPortObjectSpec) specs[0];
        assertEquals(List.of("f1", "f2"), spec.featureNames());
        assertEquals(4, spec.members().size());
        assertEquals("SOFT_VOTING", spec.combination());
        assertEquals(InterpretationTable.spec(), specs[1]);
    }

    @Test
    void validationTableUnusedWithFixedThreshold() throws Exception {
        BufferedDataTable table = EnsembleTestData.synthetic(200, 2);
        NodeHarness<EnsembleLearnerNodeModel> node = learner();

        node.execute(table, EnsembleTestData.synthetic(100, 9));

        assertTrue(node.warningMessage().contains("validation table is not used"), node.warningMessage());
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        BufferedDataTable training = EnsembleTestData.synthetic(400, 4);
        NodeHarness<EnsembleLearnerNodeModel> node = learner();
        CancelAfterMonitor monitor = new CancelAfterMonitor(1);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, training, null));
        assertTrue(monitor.checks() >= 2, "reading the 400 rows makes one check, training the others: "
                + monitor.checks());

        node.reset();
        assertEquals(5, ((EnsembleModelPortObject) node.execute(training, null)[0]).model().members().size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EnsembleLearnerNodeModel> node = learner(EnsembleLearnerSettings.KEY_COMBINATION,
                EnsembleLearnerSettings.STACKING, "naive_bayes_use_kernel_estimator", true);
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        BufferedDataTable table = EnsembleTestData.synthetic(120, 1);
        node.execute(table, null);
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, table.getDataTableSpec(), null));
    }

    @Test
    void dialogListsClassColumns() throws Exception {
        NodeHarness<EnsembleLearnerNodeModel> node = learner();
        NodeSettingsRO settings = NodeHarness.throughXml(node.savedSettings());
        DataTableSpec numbersOnly = new DataTableSpec(new String[] {"f1"}, new DataType[] {DoubleCell.TYPE});
        DataTableSpec stateOnly = new DataTableSpec(new String[] {"f1", "state"},
                new DataType[] {DoubleCell.TYPE, StringCell.TYPE});

        String message = assertThrows(NotConfigurableException.class,
                () -> node.dialogRoundTrip(settings, numbersOnly, null)).getMessage();
        NodeSettingsRO saved = node.dialogRoundTrip(settings, stateOnly, null);

        assertTrue(message.contains("'Class column'"), message);
        assertEquals("state", saved.getString(EnsembleLearnerSettings.KEY_CLASS_COLUMN));
    }

    @Test
    void settingsKeysAreStable() throws Exception {
        NodeSettings settings = learner().savedSettings();

        for (String key : List.of("class_column", "event_value", "feature_columns", "combination",
                "soft_voting_weights", "stacking_folds", "stacking_seed", "threshold_mode", "fixed_threshold",
                "target_false_alarm_rate", "threads", "logistic_regression_enabled", "logistic_regression_ridge",
                "logistic_regression_max_iterations", "linear_discriminant_ridge", "naive_bayes_use_kernel_estimator",
                "j48_confidence_factor", "j48_min_leaf_size", "j48_unpruned", "j48_subtree_raising", "j48_seed",
                "random_forest_number_of_trees", "random_forest_max_depth", "random_forest_min_leaf_size",
                "random_forest_features_per_split", "random_forest_bag_size_percent", "random_forest_seed")) {
            assertTrue(settings.containsKey(key), key);
        }
    }

    private static String invalidMessage(Object... keysAndValues) throws InvalidSettingsException {
        NodeHarness<EnsembleLearnerNodeModel> node = learner();
        NodeSettings settings = node.savedSettings();
        put(settings, keysAndValues);
        return assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_CLASS_COLUMN, " ").contains("'Class column' is empty"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1,,f2")
                .contains("'Feature columns' has an empty entry"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1,f1").contains("names column 'f1' "
                + "twice"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_COMBINATION, "Bagging").contains("'Combination' is "
                + "'Bagging'"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_THRESHOLD_MODE, "Auto").contains("'Threshold' is "
                + "'Auto'"));
        assertTrue(invalidMessage("logistic_regression_enabled", false, "linear_discriminant_enabled", false,
                "naive_bayes_enabled", false, "j48_enabled", false, "random_forest_enabled", false)
                .contains("No member is enabled"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_WEIGHTS, "1, 2").contains("has 2 weights but 5 members "
                + "are enabled"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_WEIGHTS, "1, x, 1, 1, 1").contains("the entry 'x'"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_WEIGHTS, "0,0,0,0,0").contains("All 'Soft-voting "
                + "weights' are 0"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_STACKING_FOLDS, 1).contains("stacking_folds"));
        assertTrue(invalidMessage(EnsembleLearnerSettings.KEY_FALSE_ALARM_RATE, 1.0).contains("target_false_alarm_"
                + "rate"));
        assertTrue(invalidMessage("random_forest_number_of_trees", 0).contains("random_forest_number_of_trees"));
        assertTrue(invalidMessage("j48_confidence_factor", 0.9).contains("j48_confidence_factor"));
    }

    private static String configureMessage(DataTableSpec training, DataTableSpec validation, Object... keysAndValues)
            throws InvalidSettingsException {
        NodeHarness<EnsembleLearnerNodeModel> node = learner(keysAndValues);
        return assertThrows(InvalidSettingsException.class, () -> node.configure(training, validation)).getMessage();
    }

    @Test
    void configureReportsColumnProblems() throws Exception {
        DataTableSpec spec = EnsembleTestData.synthetic(4, 1).getDataTableSpec();
        DataTableSpec onlyF1 = new DataTableSpec(new String[] {"f1", "label"},
                new DataType[] {DoubleCell.TYPE, IntCell.TYPE});

        assertTrue(configureMessage(spec, null, EnsembleLearnerSettings.KEY_CLASS_COLUMN, "class")
                .contains("The class column 'class' of 'Class column' is not in the input table"));
        assertTrue(configureMessage(spec, null, EnsembleLearnerSettings.KEY_CLASS_COLUMN, "state")
                .contains("so 'Event value' must name the value that marks an event"));
        assertTrue(configureMessage(spec, null, EnsembleLearnerSettings.KEY_CLASS_COLUMN, "f2")
                .contains("Choose an integer column with 0 and 1 or a string column"));
        assertTrue(configureMessage(spec, null, EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1, f3")
                .contains("Column 'f3' of 'Feature columns' is not in the input table"));
        assertTrue(configureMessage(spec, null, EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1, state")
                .contains("Column 'state' of 'Feature columns' has type"));
        assertTrue(configureMessage(spec, null, EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1, label")
                .contains("lists the class column 'label'"));
        assertTrue(configureMessage(spec, onlyF1).contains("The validation table (second input) lacks the feature "
                + "columns [f2]"));
    }

    @Test
    void executeReportsBadClassValues() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"f1", "label", "state"},
                new DataType[] {DoubleCell.TYPE, IntCell.TYPE, StringCell.TYPE});
        BufferedDataTable table = TestTables.table(spec,
                new DataCell[] {new DoubleCell(0), new IntCell(0), new StringCell("rest")},
                new DataCell[] {new DoubleCell(1), new IntCell(2), new StringCell("move")},
                new DataCell[] {new DoubleCell(2), new IntCell(1), new StringCell("sleep")});

        String integer = assertThrows(IllegalArgumentException.class,
                () -> learner(EnsembleLearnerSettings.KEY_FEATURE_COLUMNS, "f1").execute(table, null)).getMessage();
        String string = assertThrows(IllegalArgumentException.class,
                () -> learner(EnsembleLearnerSettings.KEY_CLASS_COLUMN, "state", EnsembleLearnerSettings.KEY_EVENT_VALUE,
                        "move").execute(table, null)).getMessage();
        String spelling = assertThrows(IllegalArgumentException.class,
                () -> learner(EnsembleLearnerSettings.KEY_CLASS_COLUMN, "state", EnsembleLearnerSettings.KEY_EVENT_VALUE,
                        "Move").execute(EnsembleTestData.synthetic(8, 1), null)).getMessage();
        DataTableSpec restOnly = new DataTableSpec(new String[] {"f1", "state"},
                new DataType[] {DoubleCell.TYPE, StringCell.TYPE});
        String absent = assertThrows(IllegalArgumentException.class,
                () -> learner(EnsembleLearnerSettings.KEY_CLASS_COLUMN, "state", EnsembleLearnerSettings.KEY_EVENT_VALUE,
                        "move").execute(TestTables.table(restOnly, new DataCell[] {new DoubleCell(0),
                            new StringCell("rest")}), null)).getMessage();

        assertTrue(integer.contains("Row 'Row1' has class 2 in column 'label'"), integer);
        assertTrue(string.contains("third class value 'sleep' in row 'Row2'"), string);
        assertTrue(spelling.contains("No row so far has the event value 'Move'; check that it is spelled"), spelling);
        assertTrue(absent.contains("No row of column 'state' has the event value 'move'"), absent);
    }

    @Test
    void missingFeatureValueNamesRow() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"f1", "label"},
                new DataType[] {DoubleCell.TYPE, IntCell.TYPE});
        BufferedDataTable table = TestTables.table(spec, new DataCell[] {new DoubleCell(0), new IntCell(0)},
                new DataCell[] {DataType.getMissingCell(), new IntCell(1)});

        String message = assertThrows(IllegalArgumentException.class, () -> learner().execute(table, null))
                .getMessage();

        assertTrue(message.contains("Row 'Row1'"), message);
        assertTrue(message.contains("'f1'"), message);
    }
}
