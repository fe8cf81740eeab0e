package org.researchml.knime.eeg.rereference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.researchml.core.eeg.Recording;
import org.researchml.knime.eeg.EegTestTables;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;

class EegRereferenceNodeTest {

    private static final List<String> LABELS = List.of("C3..", "Cz..", "C4..", "T9..", "T10.");

    private static Recording recording;
    private static BufferedDataTable samples;

    @BeforeAll
    static void readData() throws Exception {
        recording = EegTestTables.recording(LABELS, 0, 10);
        samples = EegTestTables.samples(recording);
    }

    private static NodeHarness<EegRereferenceNodeModel> rereference(String reference, String referenceChannels,
            String... channels) throws InvalidSettingsException {
        NodeHarness<EegRereferenceNodeModel> node = NodeHarness.of(new EegRereferenceNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegRereferenceSettings.KEY_REFERENCE, reference);
        settings.addString(EegRereferenceSettings.KEY_REFERENCE_CHANNELS, referenceChannels);
        settings.addStringArray(EegRereferenceSettings.KEY_CHANNELS, channels);
        node.loadSettings(settings);
        return node;
    }

    @Test
    void commonAverageOfChosenChannels() throws Exception {
        NodeHarness<EegRereferenceNodeModel> node = rereference("common average", "", "C3..", "Cz..", "C4..");

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];

        assertEquals(samples.getDataTableSpec(), output.getDataTableSpec());
        double[] c3 = EegTestTables.column(output, "C3..");
        double[] cz = EegTestTables.column(output, "Cz..");
        double[] c4 = EegTestTables.column(output, "C4..");
        for (int i = 0; i < c3.length; i += 97) {
            double mean = (recording.channel(0)[i] + recording.channel(1)[i] + recording.channel(2)[i]) / 3;
            assertEquals(recording.channel(0)[i] - mean, c3[i], 1e-9, "sample " + i);
            assertEquals(0, c3[i] + cz[i] + c4[i], 1e-9, "sample " + i);
        }
        assertArrayEquals(recording.channel(3), EegTestTables.column(output, "T9.."), 0);
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void linkedEarsKeepUnchosenReferences() throws Exception {
        NodeHarness<EegRereferenceNodeModel> node = rereference("reference channels", "T9.., T10.", "C3..",
                "C4..");

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];

        double[] c4 = EegTestTables.column(output, "C4..");
        for (int i = 0; i < c4.length; i += 101) {
            double reference = (recording.channel(3)[i] + recording.channel(4)[i]) / 2;
            assertEquals(recording.channel(2)[i] - reference, c4[i], 1e-9, "sample " + i);
        }
        assertArrayEquals(recording.channel(1), EegTestTables.column(output, "Cz.."), 0);
        assertArrayEquals(recording.channel(3), EegTestTables.column(output, "T9.."), 0);
        assertArrayEquals(recording.channel(4), EegTestTables.column(output, "T10."), 0);
    }

    @Test
    void chosenSingleReferenceBecomesZero() throws Exception {
        BufferedDataTable output = (BufferedDataTable) rereference("reference channels", "Cz..").execute(samples)[0];

        for (double value : EegTestTables.column(output, "Cz..")) {
            assertEquals(0, value, 0);
        }
    }

    private static String invalidMessage(String reference, String referenceChannels) {
        NodeHarness<EegRereferenceNodeModel> node = NodeHarness.of(new EegRereferenceNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegRereferenceSettings.KEY_REFERENCE, reference);
        settings.addString(EegRereferenceSettings.KEY_REFERENCE_CHANNELS, referenceChannels);
        return assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(invalidMessage("reference channels", " ").contains("'Reference channels' is empty"));
        assertTrue(invalidMessage("reference channels", "A1,,A2").contains("'Reference channels' has an empty "
                + "entry"));
        assertTrue(invalidMessage("reference channels", "A1,A1").contains("names channel 'A1' twice"));
        assertTrue(invalidMessage("median", "").contains("'Reference' is 'median'"));

        String unknown = assertThrows(InvalidSettingsException.class,
                () -> rereference("reference channels", "M1").configure(samples.getDataTableSpec())).getMessage();
        assertTrue(unknown.contains("Channel 'M1' of 'Reference channels' is not in the samples table"), unknown);
        String channel = assertThrows(InvalidSettingsException.class,
                () -> rereference("common average", "", "X1").configure(samples.getDataTableSpec())).getMessage();
        assertTrue(channel.contains("Channel 'X1' of 'Channels'"), channel);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        NodeHarness<EegRereferenceNodeModel> node = rereference("common average", "");
        CancelAfterMonitor monitor = new CancelAfterMonitor(2);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, samples));

        node.reset();
        assertEquals(samples.size(), ((BufferedDataTable) node.execute(samples)[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EegRereferenceNodeModel> node = rereference("reference channels", "T9..,T10.", "C3..", "Cz..");
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];
        assertEquals(output.size(), ((BufferedDataTable) NodeHarness.saveAndLoadPortObject(output)).size());
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, samples.getDataTableSpec()));
        assertEquals(before, node.dialogRoundTrip(before));
    }
}
