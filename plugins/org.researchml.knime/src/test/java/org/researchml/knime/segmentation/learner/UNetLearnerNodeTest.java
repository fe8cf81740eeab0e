package org.researchml.knime.segmentation.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.UNetArchitecture;
import org.researchml.knime.convert.TrainingHistoryTable;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;
import org.researchml.knime.port.UNetModelPortObject;
import org.researchml.knime.port.UNetModelPortObjectSpec;
import org.researchml.knime.segmentation.SegmentationTestData;

class UNetLearnerNodeTest {

    private static BufferedDataTable sections;

    @BeforeAll
    static void readSections() throws Exception {
        sections = SegmentationTestData.sections("0[0-2].tif");
    }

    private static NodeHarness<UNetLearnerNodeModel> learner(Object... keysAndValues) throws InvalidSettingsException {
        NodeHarness<UNetLearnerNodeModel> node = NodeHarness.of(new UNetLearnerNodeFactory());
        NodeSettings settings = node.savedSettings();
        UNetLearnerTestSettings.tiny(settings);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value instanceof Integer number) {
                settings.addInt(key, number);
            } else if (value instanceof Double number) {
                settings.addDouble(key, number);
            } else {
                settings.addString(key, (String) value);
            }
        }
        node.loadSettings(settings);
        return node;
    }

    private static String configureError(Object... keysAndValues) throws InvalidSettingsException {
        NodeHarness<UNetLearnerNodeModel> node = learner(keysAndValues);
        return assertThrows(InvalidSettingsException.class, () -> node.configure(sections.getDataTableSpec()))
                .getMessage();
    }

    private static String loadError(Object... keysAndValues) {
        return assertThrows(InvalidSettingsException.class, () -> learner(keysAndValues)).getMessage();
    }

    @Test
    void trainsTinyModelWithHistory() throws Exception {
        NodeHarness<UNetLearnerNodeModel> node = learner();

        PortObjectSpec[] specs = node.configure(sections.getDataTableSpec());
        PortObject[] outputs = node.execute(sections);
        SegmentationModel model = ((UNetModelPortObject) outputs[0]).model();
        BufferedDataTable history = (BufferedDataTable) outputs[1];

        UNetModelPortObjectSpec spec = (UNetModelPortObjectSpec) specs[0];
        assertEquals(2, spec.architecture().depth());
        assertEquals(32, spec.tileSizePixels());
        assertEquals(TrainingHistoryTable.spec(), specs[1]);
        assertEquals(2, history.size());
        assertEquals(2, ((IntValue) TestTables.cell(history, 1, "epoch")).getIntValue());
        assertEquals(3, ((IntValue) TestTables.cell(history, 0, "steps")).getIntValue());
        double loss = ((DoubleValue) TestTables.cell(history, 0, "mean_loss")).getDoubleValue();
        assertTrue(loss > 0, "loss " + loss);
        assertTrue(Double.isFinite(loss), "loss " + loss);
        double iou = ((DoubleValue) TestTables.cell(history, 0, "validation_iou")).getDoubleValue();
        assertTrue(iou >= 0, "IoU " + iou);
        assertTrue(iou <= 1, "IoU " + iou);
        assertEquals(2, model.metadata().history().size());
        assertEquals(UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION, model.metadata().architecture().decoder());
        assertTrue(((UNetModelPortObject) outputs[0]).getSummary().startsWith("U-Net of depth 2 with 4 base filters"),
                ((UNetModelPortObject) outputs[0]).getSummary());
    }

    @Test
    void modelPortSurvivesSaveAndLoad() throws Exception {
        UNetModelPortObject trained = (UNetModelPortObject) learner("max_epochs", 1).execute(sections)[0];

        UNetModelPortObject loaded = (UNetModelPortObject) NodeHarness.saveAndLoadPortObject(trained);

        assertEquals(trained.model().metadata(), loaded.model().metadata());
        assertEquals(trained.model().network().params(), loaded.model().network().params());
        assertEquals(trained.getSummary(), loaded.getSummary());
    }

    @Test
    void noValidationLeavesIouMissing() throws Exception {
        BufferedDataTable history = (BufferedDataTable) learner("validation_split", UNetLearnerSettings.NO_VALIDATION,
                "max_epochs", 1, "decoder", UNetLearnerSettings.UPSAMPLING, "loss", UNetLearnerSettings.DICE)
                        .execute(sections)[1];

        assertEquals(1, history.size());
        assertTrue(TestTables.cell(history, 0, "validation_iou").isMissing());
    }

    @Test
    void cancelStopsWithinSteps() throws Exception {
        NodeHarness<UNetLearnerNodeModel> node = learner();
        CancelAfterMonitor monitor = new CancelAfterMonitor(6);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, sections));
        node.reset();

        assertEquals(2, ((BufferedDataTable) node.execute(sections)[1]).size());
    }

    @Test
    void settingsSurviveDialogRoundTrip() throws Exception {
        NodeHarness<UNetLearnerNodeModel> node = learner("depth", 3, "loss", UNetLearnerSettings.BCE);
        NodeSettings before = node.savedSettings();

        node.loadSettings(node.dialogRoundTrip(before, sections.getDataTableSpec()));

        assertEquals(before, node.savedSettings());
    }

    @Test
    void patchSizeMustFitDepth() throws Exception {
        String message = loadError("depth", 4, "patch_size_px", 34);

        assertTrue(message.contains("'Patch size (px)' (34) must be a multiple of 8"), message);
        assertTrue(message.contains("Set it to 32"), message);
    }

    @Test
    void depthOutOfRangeIsRejected() {
        String message = loadError("depth", 6);

        assertTrue(message.contains("depth"), message);
    }

    @Test
    void unknownLossIsRejected() {
        String message = loadError("loss", "Focal");

        assertTrue(message.contains("'Loss' is 'Focal', which is not an option"), message);
    }

    @Test
    void unknownDecoderIsRejected() {
        String message = loadError("decoder", "Pixel shuffle");

        assertTrue(message.contains("'Decoder' is 'Pixel shuffle'"), message);
    }

    @Test
    void unknownValidationSplitIsRejected() {
        String message = loadError("validation_split", "Random");

        assertTrue(message.contains("'Validation images' is 'Random'"), message);
    }

    @Test
    void negativeLearningRateIsRejected() {
        String message = loadError("learning_rate", -0.1);

        assertTrue(message.contains("learning_rate"), message);
    }

    @Test
    void validationMustLeaveTrainingRows() throws Exception {
        NodeHarness<UNetLearnerNodeModel> node = learner("validation_rows", 3);

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> node.execute(sections));

        assertTrue(error.getMessage().contains("'Validation images' takes 3 of the 3 images"), error.getMessage());
    }

    @Test
    void missingMaskColumnIsRejected() throws Exception {
        String message = configureError("mask_column", "labels");

        assertTrue(message.contains("'Mask column' names the column 'labels', which the input table lacks"), message);
    }

    @Test
    void nonImageColumnIsRejected() throws Exception {
        String message = configureError("image_column", "width_px");

        assertTrue(message.contains("'Image column' names the column 'width_px'"), message);
        assertTrue(message.contains("must hold PNG images"), message);
    }

    @Test
    void sameColumnTwiceIsRejected() throws Exception {
        String message = configureError("mask_column", "image");

        assertTrue(message.contains("are both 'image'"), message);
    }

    @Test
    void missingMaskCellNamesRow() throws Exception {
        DataTableSpec spec = sections.getDataTableSpec();
        BufferedDataTable withGap = TestTables.table(spec,
                new org.knime.core.data.DataCell[] {TestTables.cell(sections, 0, "name"),
                    TestTables.cell(sections, 0, "image"), org.knime.core.data.DataType.getMissingCell(),
                    TestTables.cell(sections, 0, "width_px"), TestTables.cell(sections, 0, "height_px")},
                rowOf(1), rowOf(2));

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> learner().execute(withGap));

        assertTrue(error.getMessage().contains("Row Row0 has no image in column 'mask'"), error.getMessage());
        assertFalse(error.getMessage().isBlank());
    }

    private static org.knime.core.data.DataCell[] rowOf(int index) {
        return List.of(sections.getDataTableSpec().getColumnNames()).stream()
                .map(column -> TestTables.cell(sections, index, column)).toArray(org.knime.core.data.DataCell[]::new);
    }
}
