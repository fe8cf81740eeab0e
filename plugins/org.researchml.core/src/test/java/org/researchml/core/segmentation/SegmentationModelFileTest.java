package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.IntensityNormalization;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

class SegmentationModelFileTest {

    private static SegmentationModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void buildModel() {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 2, 2, true, 0.0,
                UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION);
        ComputationGraph network = UNetGraphFactory.build(architecture, SegmentationLoss.SOFT_DICE,
                new FixedSchedule(1e-3), 16, 3);
        EpochRecord epoch = new EpochRecord(1, 10, 0.5, 0.6, 0.75, 1e-3, 2.5);
        SegmentationModelMetadata metadata = new SegmentationModelMetadata(SegmentationModelFile.FORMAT_VERSION,
                architecture, new IntensityNormalization(IntensityNormalization.Method.PERCENTILE, 1, 99, 12, 240), 16,
                0.4, SegmentationLoss.SOFT_DICE, List.of(epoch), 1, UNetTrainer.versions(), "2026-01-01T00:00:00Z");
        model = new SegmentationModel(network, metadata);
    }

    @Test
    void saveLoadKeepsOutputsAndMetadata() throws IOException {
        Path file = folder.resolve("model.zip");
        SegmentationModelFile.save(model, file);

        SegmentationModel loaded = SegmentationModelFile.load(file);

        assertEquals(model.metadata(), loaded.metadata());
        INDArray input = Nd4j.rand(1, 16, 16, 1);
        assertArrayEquals(model.network().outputSingle(input).ravel().toFloatVector(),
                loaded.network().outputSingle(input).ravel().toFloatVector(), 1e-6f);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file may remain");
        }
    }

    @Test
    void channelsFirstModelOfEarlierBuildsStillPredicts() throws IOException, CanceledException {
        // Model files written before the switch to channels last hold a channels-first network.
        ComputationGraph channelsFirst = UNetGraphFactory.build(model.metadata().architecture(),
                SegmentationLoss.SOFT_DICE, new FixedSchedule(1e-3), 16, 3, CNN2DFormat.NCHW);
        channelsFirst.setParams(model.network().params());
        Path file = folder.resolve("channels-first.zip");
        SegmentationModelFile.save(new SegmentationModel(channelsFirst, model.metadata()), file);
        GreyscaleImage image = SyntheticImages.disks("section", 40, 3, 8).image();

        SegmentationModel loaded = SegmentationModelFile.load(file);

        assertEquals(TileLayout.CHANNELS_FIRST, TileLayout.of(loaded.network()));
        assertEquals(TileLayout.CHANNELS_LAST, TileLayout.of(model.network()));
        assertArrayEquals(model.predictProbabilities(image, 4, 3, ProgressListener.NONE),
                loaded.predictProbabilities(image, 4, 3, ProgressListener.NONE), 1e-5f);
    }

    @Test
    void saveReplacesExistingFile() throws IOException {
        Path file = Files.writeString(folder.resolve("model.zip"), "old");

        SegmentationModelFile.save(model, file);

        assertEquals(0.4, SegmentationModelFile.load(file).metadata().threshold());
    }

    @Test
    void textFileRejected() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.zip"), "just text");

        IOException error = assertThrows(IOException.class, () -> SegmentationModelFile.load(file));

        assertTrue(error.getMessage().contains("is not a segmentation model"), error.getMessage());
    }

    @Test
    void otherZipRejected() throws IOException {
        Path file = folder.resolve("other.zip");
        try (OutputStream output = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(output)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }

        IOException error = assertThrows(IOException.class, () -> SegmentationModelFile.load(file));

        assertTrue(error.getMessage().contains("lacks metadata.json or network.dl4j.zip"), error.getMessage());
        assertTrue(error.getMessage().contains("written by segment-train"), error.getMessage());
    }

    @Test
    void truncatedFileRejected() throws IOException {
        Path whole = folder.resolve("model.zip");
        SegmentationModelFile.save(model, whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        IOException error = assertThrows(IOException.class, () -> SegmentationModelFile.load(truncated));

        assertTrue(error.getMessage().contains("cut.zip"), error.getMessage());
        assertTrue(error.getMessage().contains("damaged") || error.getMessage().contains("not a segmentation model"),
                error.getMessage());
    }

    @Test
    void damagedNetworkRejected() throws IOException {
        Path file = folder.resolve("broken.zip");
        try (OutputStream output = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(output)) {
            zip.putNextEntry(new ZipEntry(SegmentationModelFile.METADATA_ENTRY));
            zip.write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(model.metadata()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SegmentationModelFile.NETWORK_ENTRY));
            zip.write(new byte[] {1, 2, 3, 4});
            zip.closeEntry();
        }

        IOException error = assertThrows(IOException.class, () -> SegmentationModelFile.load(file));

        assertTrue(error.getMessage().contains("broken.zip is damaged"), error.getMessage());
    }

    @Test
    void newerFormatRejected() throws IOException {
        SegmentationModelMetadata future = new SegmentationModelMetadata(99, model.metadata().architecture(),
                model.metadata().normalization(), 16, 0.5, SegmentationLoss.SOFT_DICE, List.of(), 0, Map.of(), "");
        Path file = folder.resolve("future.zip");
        SegmentationModelFile.save(new SegmentationModel(model.network(), future), file);

        IOException error = assertThrows(IOException.class, () -> SegmentationModelFile.load(file));

        assertTrue(error.getMessage().contains("format version 99"), error.getMessage());
    }

    @Test
    void missingFileRejected() {
        IOException error = assertThrows(IOException.class,
                () -> SegmentationModelFile.load(folder.resolve("absent.zip")));

        assertTrue(error.getMessage().contains("absent.zip not found"), error.getMessage());
    }
}
