package org.researchml.knime.segmentation.predictor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.knime.convert.ImageTable;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.port.UNetModelPortObject;
import org.researchml.knime.segmentation.SegmentationTestData;

class UNetPredictorNodeTest {

    private static BufferedDataTable validation;
    private static UNetModelPortObject model;

    @BeforeAll
    static void trainTinyModel() throws Exception {
        model = (UNetModelPortObject) SegmentationTestData.tinyModel(SegmentationTestData.sections("0[0-2].tif"))[0];
        validation = SegmentationTestData.sections("1[89].tif");
    }

    private static NodeHarness<UNetPredictorNodeModel> predictor(Object... keysAndValues)
            throws InvalidSettingsException {
        NodeHarness<UNetPredictorNodeModel> node = NodeHarness.of(new UNetPredictorNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addInt(UNetPredictorSettings.KEY_OVERLAP, 8);
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

    @Test
    void appendsMaskAndProbability() throws Exception {
        NodeHarness<UNetPredictorNodeModel> node = predictor();

        DataTableSpec spec = (DataTableSpec) node.configure(model.getSpec(), validation.getDataTableSpec())[0];
        BufferedDataTable output = (BufferedDataTable) node.execute(model, validation)[0];

        assertEquals(List.of("name", "image", "mask", "width_px", "height_px", "predicted_mask", "probability"),
                List.of(spec.getColumnNames()));
        assertEquals(2, output.size());
        BinaryMask predicted = SegmentationTestData.mask(output, 1, "predicted_mask");
        GreyscaleImage probability = SegmentationTestData.image(output, 1, "probability");
        assertEquals(64, predicted.width());
        assertEquals(16, probability.bitDepth());
        for (int i = 0; i < predicted.foreground().length; i++) {
            assertEquals(probability.pixels()[i] / 65535.0 >= 0.5, predicted.foreground()[i], "pixel " + i);
        }
    }

    @Test
    void probabilitiesMatchCorePrediction() throws Exception {
        BufferedDataTable output = (BufferedDataTable) predictor("tile_size_px", 32, "overlap_px", 8)
                .execute(model, validation)[0];
        SegmentationModel core = model.model();
        GreyscaleImage image = SegmentationTestData.image(validation, 0, ImageTable.IMAGE);

        float[] expected = core.predictProbabilities(image, 8, 4,
                org.researchml.core.progress.ProgressListener.NONE);
        GreyscaleImage probability = SegmentationTestData.image(output, 0, "probability");

        for (int i = 0; i < expected.length; i += 97) {
            assertEquals(expected[i], probability.pixels()[i] / 65535.0, 1.0 / 65535, "pixel " + i);
        }
    }

    @Test
    void thresholdSettingChangesMask() throws Exception {
        BufferedDataTable low = (BufferedDataTable) predictor("threshold", 0.01).execute(model, validation)[0];
        BufferedDataTable high = (BufferedDataTable) predictor("threshold", 0.99).execute(model, validation)[0];

        long lowCount = SegmentationTestData.mask(low, 0, "predicted_mask").foregroundCount();
        long highCount = SegmentationTestData.mask(high, 0, "predicted_mask").foregroundCount();
        assertTrue(lowCount > highCount, lowCount + " vs " + highCount);
    }

    @Test
    void cancelStopsAndRunsAgain() throws Exception {
        NodeHarness<UNetPredictorNodeModel> node = predictor();

        assertThrows(CanceledExecutionException.class, () -> node.execute(new CancelAfterMonitor(2), model,
                validation));
        node.reset();

        assertEquals(2, ((BufferedDataTable) node.execute(model, validation)[0]).size());
    }

    @Test
    void tileSizeMustFitModel() throws Exception {
        NodeHarness<UNetPredictorNodeModel> node = predictor("tile_size_px", 33);

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> node.configure(model.getSpec(), validation.getDataTableSpec()));

        assertTrue(error.getMessage().contains("'Tile size (px)' (33) must be a multiple of 2"), error.getMessage());
    }

    @Test
    void overlapMustBeBelowTile() throws Exception {
        NodeHarness<UNetPredictorNodeModel> node = predictor("overlap_px", 32);

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> node.configure(model.getSpec(), validation.getDataTableSpec()));

        assertTrue(error.getMessage().contains("'Tile overlap (px)' (32 px) must be smaller than the tile size (32 px)"),
                error.getMessage());
    }

    @Test
    void overlapAboveSetTileIsRejectedOnLoad() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> predictor("tile_size_px", 16, "overlap_px", 20));

        assertTrue(error.getMessage().contains("'Tile overlap (px)' (20 px)"), error.getMessage());
    }

    @Test
    void missingImageColumnIsRejected() throws Exception {
        NodeHarness<UNetPredictorNodeModel> node = predictor("image_column", "raw");

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> node.configure(model.getSpec(), validation.getDataTableSpec()));

        assertTrue(error.getMessage().contains("'Image column' names the column 'raw'"), error.getMessage());
    }

    @Test
    void thresholdOutOfRangeIsRejected() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> predictor("threshold", 1.5));

        assertTrue(error.getMessage().contains("threshold"), error.getMessage());
    }

    @Test
    void settingsSurviveDialogRoundTrip() throws Exception {
        NodeHarness<UNetPredictorNodeModel> node = predictor("tile_size_px", 32);
        NodeSettings before = node.savedSettings();

        node.loadSettings(node.dialogRoundTrip(before, model.getSpec(), validation.getDataTableSpec()));

        assertEquals(before, node.savedSettings());
    }
}
