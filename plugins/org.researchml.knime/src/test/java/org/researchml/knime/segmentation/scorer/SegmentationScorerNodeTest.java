package org.researchml.knime.segmentation.scorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.researchml.core.image.BinaryMask;
import org.researchml.knime.convert.ImageCells;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class SegmentationScorerNodeTest {

    private static final DataTableSpec SPEC = new DataTableSpec(
            new DataColumnSpecCreator("name", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", PNGImageCellFactory.TYPE).createSpec(),
            new DataColumnSpecCreator("predicted_mask", PNGImageCellFactory.TYPE).createSpec());

    private static DataCell mask(int width, int height, int... foreground) {
        boolean[] pixels = new boolean[width * height];
        for (int index : foreground) {
            pixels[index] = true;
        }
        return ImageCells.maskCell(new BinaryMask("m", width, height, pixels));
    }

    /** Image a: 4 pixels, TP 1, FP 1, FN 1, TN 1. Image b: 4 pixels, TP 2, FP 0, FN 0, TN 2. */
    private static BufferedDataTable twoImages() {
        return TestTables.table(SPEC,
                new DataCell[] {new StringCell("a"), mask(2, 2, 0, 1), mask(2, 2, 0, 2)},
                new DataCell[] {new StringCell("b"), mask(2, 2, 0, 3), mask(2, 2, 0, 3)});
    }

    private static NodeHarness<SegmentationScorerNodeModel> scorer(String truth, String predicted)
            throws InvalidSettingsException {
        NodeHarness<SegmentationScorerNodeModel> node = NodeHarness.of(new SegmentationScorerNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(SegmentationScorerSettings.KEY_TRUTH_COLUMN, truth);
        settings.addString(SegmentationScorerSettings.KEY_PREDICTED_COLUMN, predicted);
        node.loadSettings(settings);
        return node;
    }

    private static double value(BufferedDataTable table, long row, String column) {
        return ((DoubleValue) TestTables.cell(table, row, column)).getDoubleValue();
    }

    @Test
    void scoresPerImageAndPooled() throws Exception {
        BufferedDataTable scores = (BufferedDataTable) scorer("mask", "predicted_mask").execute(twoImages())[0];

        assertEquals(3, scores.size());
        assertEquals("a", ((StringValue) TestTables.cell(scores, 0, "name")).getStringValue());
        assertEquals(1 / 3.0, value(scores, 0, "iou"), 1e-12);
        assertEquals(0.5, value(scores, 0, "dice"), 1e-12);
        assertEquals(0.5, value(scores, 0, "precision"), 1e-12);
        assertEquals(0.5, value(scores, 0, "recall"), 1e-12);
        assertEquals(0.5, value(scores, 0, "pixel_accuracy"), 1e-12);
        assertEquals(1.0, value(scores, 1, "iou"), 1e-12);
        assertEquals("pooled", ((StringValue) TestTables.cell(scores, 2, "name")).getStringValue());
        assertEquals(3 / 5.0, value(scores, 2, "iou"), 1e-12);
        assertEquals(6 / 8.0, value(scores, 2, "dice"), 1e-12);
        assertEquals(6 / 8.0, value(scores, 2, "pixel_accuracy"), 1e-12);
        assertEquals(3, ((LongValue) TestTables.cell(scores, 2, "true_positives")).getLongValue());
        assertEquals(3, ((LongValue) TestTables.cell(scores, 2, "true_negatives")).getLongValue());
    }

    @Test
    void emptyMasksScoreOne() throws Exception {
        BufferedDataTable table = TestTables.table(SPEC,
                new DataCell[] {new StringCell("blank"), mask(3, 1), mask(3, 1)});

        BufferedDataTable scores = (BufferedDataTable) scorer("mask", "predicted_mask").execute(table)[0];

        assertEquals(1.0, value(scores, 0, "iou"));
        assertEquals(1.0, value(scores, 0, "precision"));
    }

    @Test
    void sizeMismatchNamesRow() throws Exception {
        BufferedDataTable table = TestTables.table(SPEC,
                new DataCell[] {new StringCell("odd"), mask(2, 2, 0), mask(3, 2, 0)});

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> scorer("mask", "predicted_mask").execute(table));

        assertTrue(error.getMessage().contains("Row Row0 (odd) has a 2x2 mask in 'mask' but a 3x2 mask in "
                + "'predicted_mask'"), error.getMessage());
    }

    @Test
    void sameColumnTwiceIsRejected() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> scorer("mask", "mask"));

        assertTrue(error.getMessage().contains("'Ground-truth mask column' and 'Predicted mask column' are both "
                + "'mask'"), error.getMessage());
    }

    @Test
    void missingColumnIsRejected() throws Exception {
        NodeHarness<SegmentationScorerNodeModel> node = scorer("truth", "predicted_mask");

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> node.configure(SPEC));

        assertTrue(error.getMessage().contains("'Ground-truth mask column' names the column 'truth'"),
                error.getMessage());
    }

    @Test
    void cancelStopsAndRunsAgain() throws Exception {
        NodeHarness<SegmentationScorerNodeModel> node = scorer("mask", "predicted_mask");

        assertThrows(CanceledExecutionException.class, () -> node.execute(new CancelAfterMonitor(1), twoImages()));
        node.reset();

        assertEquals(3, ((BufferedDataTable) node.execute(twoImages())[0]).size());
    }

    @Test
    void settingsSurviveDialogRoundTrip() throws Exception {
        NodeHarness<SegmentationScorerNodeModel> node = scorer("mask", "predicted_mask");
        NodeSettings before = node.savedSettings();

        node.loadSettings(node.dialogRoundTrip(before, SPEC));
        node.saveAndLoadInternals();

        assertEquals(before, node.savedSettings());
    }
}
