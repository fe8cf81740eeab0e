package org.researchml.knime.segmentation.imagereader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.researchml.core.DataDirectory;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.GreyscaleImageReader;
import org.researchml.knime.convert.ImageTable;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;
import org.researchml.knime.segmentation.SegmentationTestData;

class ImageReaderNodeTest {

    @TempDir
    Path folder;

    private static NodeHarness<ImageReaderNodeModel> reader(Object... keysAndValues) throws InvalidSettingsException {
        NodeHarness<ImageReaderNodeModel> node = NodeHarness.of(new ImageReaderNodeFactory());
        NodeSettings settings = node.savedSettings();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] instanceof Integer number) {
                settings.addInt((String) keysAndValues[i], number);
            } else {
                settings.addString((String) keysAndValues[i], (String) keysAndValues[i + 1]);
            }
        }
        node.loadSettings(settings);
        return node;
    }

    private static void writePng(Path file, int width, int height, int type, int value) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? value : 0);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void readsSectionsWithMasks() throws Exception {
        BufferedDataTable table = SegmentationTestData.sections("0[0-2].tif");

        assertEquals(3, table.size());
        assertEquals(List.of("name", "image", "mask", "width_px", "height_px"),
                List.of(table.getDataTableSpec().getColumnNames()));
        assertEquals("02", ((StringValue) TestTables.cell(table, 2, ImageTable.NAME)).getStringValue());
        assertEquals(64, ((IntValue) TestTables.cell(table, 0, ImageTable.WIDTH)).getIntValue());
        assertEquals(64, ((IntValue) TestTables.cell(table, 0, ImageTable.HEIGHT)).getIntValue());
    }

    @Test
    void cropMatchesCoreReader() throws Exception {
        Path data = DataDirectory.require(null).resolve("em/drosophila-vnc");
        GreyscaleImage whole = GreyscaleImageReader.read(data.resolve("raw/01.tif"));
        BinaryMask wholeMask = BinaryMask.thresholdAtHalfRange(GreyscaleImageReader.read(data.resolve("membranes/01.png")));

        BufferedDataTable table = SegmentationTestData.sections("01.tif");
        GreyscaleImage image = SegmentationTestData.image(table, 0, ImageTable.IMAGE);
        BinaryMask mask = SegmentationTestData.mask(table, 0, ImageTable.MASK);

        assertEquals(8, image.bitDepth());
        for (int y = 0; y < 64; y += 7) {
            for (int x = 0; x < 64; x += 5) {
                assertEquals(whole.get(x, y), image.get(x, y), "pixel " + x + "," + y);
                assertEquals(wholeMask.get(x, y), mask.get(x, y), "mask pixel " + x + "," + y);
            }
        }
        assertTrue(mask.foregroundCount() > 0);
    }

    @Test
    void sixteenBitImageKeepsValues() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
        int[] values = {0, 1, 300, 40000, 65535, 1234};
        image.getRaster().setSamples(0, 0, 3, 2, 0, values);
        ImageIO.write(image, "png", folder.resolve("deep.png").toFile());
        NodeHarness<ImageReaderNodeModel> node = reader("path", folder.resolve("deep.png").toString());

        BufferedDataTable table = (BufferedDataTable) node.execute()[0];
        GreyscaleImage read = SegmentationTestData.image(table, 0, ImageTable.IMAGE);

        assertEquals(16, read.bitDepth());
        assertArrayEquals(new float[] {0, 1, 300, 40000, 65535, 1234}, read.pixels());
    }

    @Test
    void noMaskFolderOmitsMaskColumn() throws Exception {
        NodeHarness<ImageReaderNodeModel> node = reader("path", "em/drosophila-vnc/raw", "file_pattern", "00.tif",
                "crop_width_px", 32, "crop_height_px", 16);

        DataTableSpec spec = (DataTableSpec) node.configure()[0];
        BufferedDataTable table = (BufferedDataTable) node.execute()[0];

        assertEquals(List.of("name", "image", "width_px", "height_px"), List.of(spec.getColumnNames()));
        assertEquals(spec, table.getDataTableSpec());
        assertEquals(32, ((IntValue) TestTables.cell(table, 0, ImageTable.WIDTH)).getIntValue());
        assertEquals(16, ((IntValue) TestTables.cell(table, 0, ImageTable.HEIGHT)).getIntValue());
    }

    @Test
    void imageWithoutMaskWarns() throws Exception {
        Files.createDirectories(folder.resolve("raw"));
        Files.createDirectories(folder.resolve("masks"));
        writePng(folder.resolve("raw/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 200);
        writePng(folder.resolve("raw/b.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 200);
        writePng(folder.resolve("masks/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 255);
        NodeHarness<ImageReaderNodeModel> node = reader("path", folder.resolve("raw").toString(), "mask_folder",
                folder.resolve("masks").toString());

        BufferedDataTable table = (BufferedDataTable) node.execute()[0];

        assertEquals(2, table.size());
        assertTrue(TestTables.cell(table, 1, ImageTable.MASK).isMissing());
        assertEquals(8, SegmentationTestData.mask(table, 0, ImageTable.MASK).foregroundCount());
        assertTrue(node.warningMessage().contains("b.png"), node.warningMessage());
    }

    @Test
    void maskThresholdApplies() throws Exception {
        Files.createDirectories(folder.resolve("raw"));
        Files.createDirectories(folder.resolve("masks"));
        writePng(folder.resolve("raw/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 200);
        writePng(folder.resolve("masks/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 50);

        BufferedDataTable half = (BufferedDataTable) reader("path", folder.resolve("raw").toString(), "mask_folder",
                folder.resolve("masks").toString()).execute()[0];
        NodeHarness<ImageReaderNodeModel> low = NodeHarness.of(new ImageReaderNodeFactory());
        NodeSettings settings = low.savedSettings();
        settings.addString("path", folder.resolve("raw").toString());
        settings.addString("mask_folder", folder.resolve("masks").toString());
        settings.addDouble("mask_threshold", 40);
        low.loadSettings(settings);
        BufferedDataTable thresholded = (BufferedDataTable) low.execute()[0];

        assertEquals(0, SegmentationTestData.mask(half, 0, ImageTable.MASK).foregroundCount());
        assertEquals(8, SegmentationTestData.mask(thresholded, 0, ImageTable.MASK).foregroundCount());
    }

    @Test
    void maskWithoutImageIsRejected() throws Exception {
        Files.createDirectories(folder.resolve("raw"));
        Files.createDirectories(folder.resolve("masks"));
        writePng(folder.resolve("raw/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 200);
        writePng(folder.resolve("masks/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 255);
        writePng(folder.resolve("masks/c.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 255);
        NodeHarness<ImageReaderNodeModel> node = reader("path", folder.resolve("raw").toString(), "mask_folder",
                folder.resolve("masks").toString());

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, node::execute);

        assertTrue(error.getMessage().contains("c.png has no image with the same name"), error.getMessage());
    }

    @Test
    void maskOfOtherSizeIsRejected() throws Exception {
        Files.createDirectories(folder.resolve("raw"));
        Files.createDirectories(folder.resolve("masks"));
        writePng(folder.resolve("raw/a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 200);
        writePng(folder.resolve("masks/a.png"), 5, 4, BufferedImage.TYPE_BYTE_GRAY, 255);
        NodeHarness<ImageReaderNodeModel> node = reader("path", folder.resolve("raw").toString(), "mask_folder",
                folder.resolve("masks").toString());

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, node::execute);

        assertTrue(error.getMessage().contains("masks/a.png is 5x4 pixels but image"), error.getMessage());
        assertTrue(error.getMessage().contains("'Mask folder'"), error.getMessage());
    }

    @Test
    void colourImageIsRejected() throws Exception {
        writePng(folder.resolve("colour.png"), 4, 4, BufferedImage.TYPE_INT_RGB, 0xff0000);
        NodeHarness<ImageReaderNodeModel> node = reader("path", folder.resolve("colour.png").toString());

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, node::execute);

        assertTrue(error.getMessage().contains("colour.png has 3 colour channels"), error.getMessage());
    }

    @Test
    void emptyFolderIsRejected() throws Exception {
        NodeHarness<ImageReaderNodeModel> node = reader("path", folder.toString());

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, node::configure);

        assertTrue(error.getMessage().contains("has no file that matches 'File name pattern'"), error.getMessage());
    }

    @Test
    void emptyPathIsRejected() throws Exception {
        NodeHarness<ImageReaderNodeModel> node = NodeHarness.of(new ImageReaderNodeFactory());

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> node.loadSettings(node.savedSettings()));

        assertTrue(error.getMessage().contains("'Image file or folder' is empty"), error.getMessage());
    }

    @Test
    void invalidPatternIsRejected() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> reader("path", "em/drosophila-vnc/raw", "file_pattern", "[0-"));

        assertTrue(error.getMessage().contains("'File name pattern' is not a valid pattern"), error.getMessage());
    }

    @Test
    void missingMaskFolderIsRejected() throws Exception {
        NodeHarness<ImageReaderNodeModel> node = reader("path", "em/drosophila-vnc/raw", "mask_folder",
                "em/drosophila-vnc/no-such-masks");

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, node::configure);

        assertTrue(error.getMessage().contains("'Mask folder' names"), error.getMessage());
        assertTrue(error.getMessage().contains("not an existing folder"), error.getMessage());
    }

    @Test
    void negativeCropIsRejected() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> reader("path", "em/drosophila-vnc/raw", "crop_width_px", -4));

        assertTrue(error.getMessage().contains("crop_width_px"), error.getMessage());
    }

    @Test
    void cancelStopsAndRunsAgain() throws Exception {
        NodeHarness<ImageReaderNodeModel> node = reader("path", "em/drosophila-vnc/raw", "file_pattern", "0[0-3].tif",
                "crop_width_px", 16, "crop_height_px", 16);

        assertThrows(CanceledExecutionException.class, () -> node.execute(new CancelAfterMonitor(1)));
        node.reset();

        assertEquals(4, ((BufferedDataTable) node.execute()[0]).size());
    }

    @Test
    void settingsSurviveDialogAndInternals() throws Exception {
        NodeHarness<ImageReaderNodeModel> node = reader("path", "em/drosophila-vnc/raw", "file_pattern", "00.tif",
                "mask_folder", "em/drosophila-vnc/membranes", "crop_width_px", 16);
        NodeSettings before = node.savedSettings();

        node.loadSettings(node.dialogRoundTrip(before));
        node.execute();
        node.saveAndLoadInternals();

        assertEquals(before, node.savedSettings());
        assertNull(node.warningMessage());
    }
}
