package org.researchml.knime.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.researchml.core.DataDirectory;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.PluginXml;

class WorkflowRunTest {

    private static final Path EEG_WORKFLOW = WorkflowRun.TEST_WORKFLOWS.resolve("eeg-event-detection");

    /** Node ids in the EEG workflow's workflow.knime. */
    private static final int TRAIN_READER = 1;
    private static final int TEST_READER = 7;
    private static final int TEST_FEATURES = 11;
    private static final int PREDICTOR = 12;
    private static final int SCORER = 13;

    /** Samples in one EEGMMIDB run of 125 s at 160 Hz (S001R03 and S001R07 both have 20000). */
    private static final long RECORDING_SAMPLES = 20_000;

    /** Windows of 2 s at a 0.125 s step over 20000 samples: (20000 - 320) / 20 + 1. */
    private static final long TEST_WINDOWS = 985;

    /**
     * Floors for the scores on S001R07 after training on S001R03. The measured values are ROC AUC 0.608, average
     * precision 0.591 and accuracy 0.578, with about half of the windows labelled as events. Each floor is the
     * measured value minus about 0.05.
     */
    private static final double MIN_ROC_AUC = 0.55;
    private static final double MIN_AVERAGE_PRECISION = 0.54;
    private static final double MIN_ACCURACY = 0.53;

    private Path copy;

    @AfterEach
    void deleteCopy() throws IOException {
        if (copy != null) {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Copies the EEG workflow to a temporary folder and replaces text in one of its files. */
    private Path editedCopy(String file, String from, String to) throws IOException {
        copy = Files.createTempDirectory("researchml-workflow");
        try (Stream<Path> files = Files.walk(EEG_WORKFLOW)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(EEG_WORKFLOW.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path edited = copy.resolve(file);
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "test setup: " + file + " lacks " + from);
        Files.writeString(edited, text.replace(from, to), StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void eegWorkflowScoresTestRecording() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);

        Map<Integer, PortObject[]> outputs =
                run.execute(Map.of("data_dir", DataDirectory.require(null).toString()));

        assertEquals(run.nodes().keySet(), outputs.keySet());
        BufferedDataTable trainSamples = (BufferedDataTable) outputs.get(TRAIN_READER)[0];
        assertEquals(RECORDING_SAMPLES, trainSamples.size());
        assertEquals(1 + 64, trainSamples.getDataTableSpec().getNumColumns());
        assertEquals(RECORDING_SAMPLES, ((BufferedDataTable) outputs.get(TEST_READER)[0]).size());
        BufferedDataTable testWindows = (BufferedDataTable) outputs.get(TEST_FEATURES)[0];
        assertEquals(TEST_WINDOWS, testWindows.size());
        assertEquals(3 + 64 * 5 + 1, testWindows.getDataTableSpec().getNumColumns(),
                "window columns, log-variance and 4 band powers per channel, label");
        assertEquals(0, ((BufferedDataTable) outputs.get(TEST_FEATURES)[1]).size(), "CSP must stay off");
        assertEquals(TEST_WINDOWS, ((BufferedDataTable) outputs.get(PREDICTOR)[0]).size());

        Map<String, Double> metrics = metrics((BufferedDataTable) outputs.get(SCORER)[1]);
        assertEquals(8.0, metrics.get("sampling rate (Hz)"));
        assertTrue(metrics.get("ROC AUC") > MIN_ROC_AUC, "ROC AUC " + metrics.get("ROC AUC"));
        assertTrue(metrics.get("PR AUC (average precision)") > MIN_AVERAGE_PRECISION,
                "PR AUC " + metrics.get("PR AUC (average precision)"));
        assertTrue(metrics.get("accuracy") > MIN_ACCURACY, "accuracy " + metrics.get("accuracy"));
        assertEquals(15.0, metrics.get("events"), "T1 and T2 annotations in S001R07");
    }

    @Test
    void eegWorkflowNodesAreRegisteredAndLoad() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);
        PluginXml plugin = PluginXml.load();

        assertEquals(13, run.nodes().size());
        assertEquals(14, run.connections().size());
        for (WorkflowRun.WorkflowNode node : run.nodes().values()) {
            assertTrue(plugin.hasNode(node.factoryClass()), node.name() + " is not in plugin.xml");
            @SuppressWarnings("unchecked")
            NodeFactory<NodeModel> factory = (NodeFactory<NodeModel>) Class.forName(node.factoryClass())
                    .getConstructor().newInstance();
            NodeHarness<NodeModel> harness = NodeHarness.of(factory);
            harness.loadSettings(node.model());
            assertEquals(node.model().keySet(), harness.savedSettings().keySet(), node.name() + " settings keys");
        }
    }

    @Test
    void emptyVariableFallsBackToProperty() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);

        assertEquals("", run.variables().get("data_dir"));
        Map<Integer, PortObject[]> outputs = run.execute(Map.of(), List.of(), Set.of(TRAIN_READER));

        assertEquals(Set.of(TRAIN_READER), outputs.keySet());
        assertEquals(RECORDING_SAMPLES, ((BufferedDataTable) outputs.get(TRAIN_READER)[0]).size());
    }

    @Test
    void optionOverridesNodeSetting() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);
        List<Option> options = List.of(Option.parse(TRAIN_READER + ",end_s,30.0,double"),
                Option.parse(TRAIN_READER + ",channels,C3..,Cz..,String"));

        Map<Integer, PortObject[]> outputs = run.execute(Map.of(), options, Set.of(TRAIN_READER));

        BufferedDataTable samples = (BufferedDataTable) outputs.get(TRAIN_READER)[0];
        assertEquals(30 * 160, samples.size());
        assertEquals(List.of("time_s", "C3..", "Cz.."), List.of(samples.getDataTableSpec().getColumnNames()));
    }

    @Test
    void boundVariableWinsOverOption() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);
        List<Option> options = List.of(Option.parse(TRAIN_READER + ",data_folder,/no/such/folder,String"));

        Map<Integer, PortObject[]> outputs = run.execute(Map.of("data_dir",
                DataDirectory.require(null).toString()), options, Set.of(TRAIN_READER));

        assertEquals(RECORDING_SAMPLES, ((BufferedDataTable) outputs.get(TRAIN_READER)[0]).size());
    }

    @Test
    void optionForUnknownSettingIsRejected() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);
        List<Option> options = List.of(Option.parse(TRAIN_READER + ",end_seconds,30.0,double"));

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> run.execute(Map.of(), options, Set.of(TRAIN_READER)));

        assertTrue(error.getMessage().contains("has no setting end_seconds"), error.getMessage());
    }

    @Test
    void optionForUnknownNodeIsRejected() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);
        List<Option> options = List.of(Option.parse("99,end_s,30.0,double"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> run.execute(Map.of(), options, Set.of()));

        assertTrue(error.getMessage().contains("names node 99"), error.getMessage());
    }

    @Test
    void optionWithBadValueIsRejected() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);
        List<Option> options = List.of(Option.parse(TRAIN_READER + ",end_s,thirty,double"));

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> run.execute(Map.of(), options, Set.of(TRAIN_READER)));

        assertTrue(error.getMessage().contains("'thirty' is not a valid double"), error.getMessage());
    }

    @Test
    void optionTextMustHaveFourParts() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Option.parse("1,end_s,30.0"));

        assertTrue(error.getMessage().contains("Expected nodeID,name,value,type"), error.getMessage());
    }

    @Test
    void optionRejectsMetanodeIdAndType() {
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> Option.parse("90/56,end_s,30.0,double"));
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Option.parse("1,end_s,30.0,float"));

        assertTrue(nested.getMessage().contains("Nodes inside metanodes are not supported"), nested.getMessage());
        assertTrue(type.getMessage().contains("Option type 'float'"), type.getMessage());
    }

    @Test
    void wrongDataDirNamesTheOption() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> run.execute(Map.of("data_dir", "/no/such/folder")));

        assertTrue(error.getMessage().contains("'File or folder'"), error.getMessage());
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void unknownVariableIsRejected() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> run.execute(Map.of("data_folder", "/tmp")));

        assertTrue(error.getMessage().contains("declares no variable data_folder"), error.getMessage());
    }

    @Test
    void dataPortZeroIsRejected() throws Exception {
        Path folder = editedCopy("workflow.knime",
                "<entry key=\"sourcePort\" type=\"xint\" value=\"2\"/>",
                "<entry key=\"sourcePort\" type=\"xint\" value=\"0\"/>");

        IOException error = assertThrows(IOException.class, () -> WorkflowRun.load(folder));

        assertTrue(error.getMessage().contains("data ports start at 1"), error.getMessage());
    }

    @Test
    void missingBundleFieldIsRejected() throws Exception {
        Path folder = editedCopy("EEG Reader (#1)/settings.xml",
                "<entry key=\"node-bundle-vendor\" type=\"xstring\" value=\"Research ML\"/>", "");

        IOException error = assertThrows(IOException.class, () -> WorkflowRun.load(folder));

        assertTrue(error.getMessage().contains("lacks the required field node-bundle-vendor"), error.getMessage());
    }

    @Test
    void unregisteredFactoryIsRejected() throws Exception {
        Path folder = editedCopy("EEG Reader (#1)/settings.xml", "eeg.reader.EegReaderNodeFactory",
                "eeg.reader.MissingNodeFactory");

        IOException error = assertThrows(IOException.class, () -> WorkflowRun.load(folder));

        assertTrue(error.getMessage().contains("which plugin.xml does not register"), error.getMessage());
    }

    @Test
    void settingsFileMustMatchNodeName() throws Exception {
        Path folder = editedCopy("workflow.knime", "EEG Reader (#1)/settings.xml", "EEG Reader (#1)/../EEG Reader (#1)/settings.xml");

        IOException error = assertThrows(IOException.class, () -> WorkflowRun.load(folder));

        assertTrue(error.getMessage().contains("should be named EEG Reader (#1)/settings.xml"), error.getMessage());
    }

    /** Reads the Detection Scorer's metrics table into metric name to value. */
    private static Map<String, Double> metrics(BufferedDataTable table) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (DataRow row : table) {
            String name = ((StringValue) row.getCell(0)).getStringValue();
            metrics.put(name, row.getCell(1).isMissing() ? Double.NaN : ((DoubleValue) row.getCell(1)).getDoubleValue());
        }
        return metrics;
    }
}
