package org.researchml.knime.segmentation;

import org.knime.core.data.DataRow;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.knime.convert.ImageCells;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;
import org.researchml.knime.segmentation.imagereader.ImageReaderNodeFactory;
import org.researchml.knime.segmentation.learner.UNetLearnerNodeFactory;
import org.researchml.knime.segmentation.learner.UNetLearnerTestSettings;

/**
 * Image tables and tiny U-Nets on crops of the Drosophila VNC sections (1024x1024 ssTEM, membrane masks), small
 * enough that a test trains in seconds on two cores.
 */
public final class SegmentationTestData {

    /** Side of the crops in pixels. */
    public static final int CROP_PIXELS = 64;

    private SegmentationTestData() {
    }

    /** Reads the sections whose file names match {@code pattern}, cropped, with their membrane masks. */
    public static BufferedDataTable sections(String pattern) throws Exception {
        NodeHarness<?> reader = NodeHarness.of(new ImageReaderNodeFactory());
        NodeSettings settings = reader.savedSettings();
        settings.addString("path", "em/drosophila-vnc/raw");
        settings.addString("file_pattern", pattern);
        settings.addString("mask_folder", "em/drosophila-vnc/membranes");
        settings.addInt("crop_width_px", CROP_PIXELS);
        settings.addInt("crop_height_px", CROP_PIXELS);
        reader.loadSettings(settings);
        return (BufferedDataTable) reader.execute()[0];
    }

    /** Trains a two-level U-Net with 4 base filters for two short epochs, validating on the last row. */
    public static PortObject[] tinyModel(BufferedDataTable sections) throws Exception {
        NodeHarness<?> learner = NodeHarness.of(new UNetLearnerNodeFactory());
        NodeSettings settings = learner.savedSettings();
        UNetLearnerTestSettings.tiny(settings);
        learner.loadSettings(settings);
        return learner.execute(sections);
    }

    /** Decodes the image cell of a row. */
    public static GreyscaleImage image(BufferedDataTable table, long row, String column) {
        DataRow cells = new DefaultRow("Row" + row, TestTables.cell(table, row, column));
        return ImageCells.readImage(cells, 0, "Row" + row, column);
    }

    /** Decodes a mask cell of a row at half of its range. */
    public static BinaryMask mask(BufferedDataTable table, long row, String column) {
        return BinaryMask.thresholdAtHalfRange(image(table, row, column));
    }
}
