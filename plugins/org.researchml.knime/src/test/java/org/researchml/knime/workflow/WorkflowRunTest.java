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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.researchml.core.DataDirectory;

class WorkflowRunTest {

    private static final Path EEG_WORKFLOW = WorkflowRun.TEST_WORKFLOWS.resolve("eeg-event-detection");

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
    void eegWorkflowRunsWithDataDirVariable() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);

        Map<Integer, PortObject[]> outputs =
                run.execute(Map.of("data_dir", DataDirectory.require(null).toString()));

        BufferedDataTable samples = (BufferedDataTable) outputs.get(1)[0];
        assertEquals(60 * 160, samples.size());
        assertEquals(List.of("time_s", "C3..", "Cz..", "C4.."), List.of(samples.getDataTableSpec().getColumnNames()));
        assertFalse(((BufferedDataTable) outputs.get(1)[1]).size() == 0);
    }

    @Test
    void emptyVariableFallsBackToProperty() throws Exception {
        WorkflowRun run = WorkflowRun.load(EEG_WORKFLOW);

        assertEquals("", run.variables().get("data_dir"));
        assertEquals(60 * 160, ((BufferedDataTable) run.execute(Map.of()).get(1)[0]).size());
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
}
