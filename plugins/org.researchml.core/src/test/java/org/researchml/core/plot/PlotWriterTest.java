package org.researchml.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.metrics.ConfusionMatrix;
import org.researchml.core.metrics.DetectionMetrics;
import org.researchml.core.metrics.RocCurve;

class PlotWriterTest {

    @TempDir
    Path folder;

    @Test
    void rocCurveWritesPng() throws IOException {
        Path file = folder.resolve("roc.png");
        Random random = new Random(7);
        int[] truth = new int[500];
        double[] score = new double[500];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = random.nextDouble() < 0.3 ? 1 : 0;
            score[i] = 0.3 * truth[i] + 0.7 * random.nextDouble();
        }

        PlotWriter.rocCurve(file, RocCurve.of(truth, score), "Held-out run R07");

        BufferedImage image = readPng(file);
        assertEquals(PlotWriter.ROC_SIZE_PIXELS, image.getWidth());
        assertEquals(PlotWriter.ROC_SIZE_PIXELS, image.getHeight());
        assertTrue(nonWhiteFraction(image) > 0.01, "image looks blank");
        assertNoTemporaryFiles();
    }

    @Test
    void confusionMatrixWritesPng() throws IOException {
        Path file = folder.resolve("confusion.png");

        PlotWriter.confusionMatrix(file, new ConfusionMatrix(120, 30, 800, 50), "Threshold 0.5");

        BufferedImage image = readPng(file);
        assertEquals(PlotWriter.CONFUSION_MATRIX_WIDTH_PIXELS, image.getWidth());
        assertEquals(PlotWriter.CONFUSION_MATRIX_HEIGHT_PIXELS, image.getHeight());
        assertTrue(nonWhiteFraction(image) > 0.2, "image looks blank");
        assertNoTemporaryFiles();
    }

    @Test
    void signalExcerptWritesPng() throws IOException {
        Path file = folder.resolve("nested/excerpt.png");
        double samplingRateHz = 160;
        int samples = 160 * 20;
        double[][] channels = new double[3][samples];
        int[] truth = new int[samples];
        int[] detected = new int[samples];
        Random random = new Random(3);
        for (int i = 0; i < samples; i++) {
            double t = i / samplingRateHz;
            channels[0][i] = 40 * Math.sin(2 * Math.PI * 10 * t) + 10 * random.nextGaussian();
            channels[1][i] = 25 * Math.sin(2 * Math.PI * 3 * t) + 5 * random.nextGaussian();
            channels[2][i] = 60 * random.nextGaussian();
            truth[i] = (t >= 4.2 && t < 8.3) || (t >= 12.5 && t < 16.6) ? 1 : 0;
            detected[i] = (t >= 5.0 && t < 8.8) || (t >= 10.0 && t < 10.4) ? 1 : 0;
        }

        PlotWriter.signalExcerpt(file, channels, List.of("C3", "Cz", "C4"), "\u00b5V", samplingRateHz, 100.0, truth, detected,
                "S001R07, threshold 0.5");

        BufferedImage image = readPng(file);
        assertEquals(PlotWriter.SIGNAL_EXCERPT_WIDTH_PIXELS, image.getWidth());
        assertEquals(PlotWriter.signalExcerptHeightPixels(3), image.getHeight());
        assertTrue(nonWhiteFraction(image) > 0.05, "image looks blank");
    }

    @Test
    void signalExcerptWithoutTruth() throws IOException {
        Path file = folder.resolve("plain.png");

        PlotWriter.signalExcerpt(file, new double[][] {{1, 2, 3, 2, 1}}, List.of("Fz"), 2, 0, null, null, null);

        assertEquals(PlotWriter.signalExcerptHeightPixels(1), readPng(file).getHeight());
    }

    @Test
    void existingFileReplaced() throws IOException {
        Path file = folder.resolve("roc.png");
        Files.writeString(file, "old");

        PlotWriter.confusionMatrix(file, new ConfusionMatrix(1, 2, 3, 4), "replaced");

        assertEquals(PlotWriter.CONFUSION_MATRIX_WIDTH_PIXELS, readPng(file).getWidth());
    }

    @Test
    void rocFromReportCurve() throws IOException {
        Path file = folder.resolve("report-roc.png");
        int[] truth = {0, 0, 1, 1, 0, 1};
        double[] probability = {0.1, 0.6, 0.7, 0.4, 0.2, 0.9};

        PlotWriter.rocCurve(file, DetectionMetrics.compute(truth, probability, 0.5, 10).rocCurve(), "small");

        assertTrue(nonWhiteFraction(readPng(file)) > 0.01);
    }

    @Test
    void channelLengthMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlotWriter.signalExcerpt(folder.resolve("x.png"), new double[][] {{1, 2, 3}, {1, 2}},
                        List.of("C3", "C4"), 160, 0, null, null, "t"));

        assertEquals("Channel C4 has 2 samples but channel C3 has 3. All channels must cover the same samples.",
                error.getMessage());
    }

    @Test
    void labelCountMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlotWriter.signalExcerpt(folder.resolve("x.png"), new double[][] {{1, 2, 3}},
                        List.of("C3", "C4"), 160, 0, null, null, "t"));

        assertEquals("There are 1 channels but 2 labels. Pass one label per channel.", error.getMessage());
    }

    @Test
    void truthLengthMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlotWriter.signalExcerpt(folder.resolve("x.png"), new double[][] {{1, 2, 3}},
                        List.of("C3"), 160, 0, new int[] {0, 1}, null, "t"));

        assertEquals("truth has 2 samples but the channels have 3. Pass one 0/1 value per sample.", error.getMessage());
    }

    @Test
    void nanSampleRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlotWriter.signalExcerpt(folder.resolve("x.png"), new double[][] {{1, Double.NaN, 3}},
                        List.of("C3"), 160, 0, null, null, "t"));

        assertEquals("Channel C3 has the value NaN at sample 1. Interpolate or cut out non-finite samples before"
                + " plotting.", error.getMessage());
    }

    @Test
    void ticksAtNiceSteps() {
        assertEquals(2.0, Ticks.niceStep(20, 10));
        assertEquals(0.5, Ticks.niceStep(4, 10));
        assertEquals(List.of(100.0, 102.0, 104.0), Ticks.positions(99.5, 105, 2));
        assertEquals("0.5", Ticks.format(0.5, 0.5));
        assertEquals("104", Ticks.format(104, 2));
    }

    private static BufferedImage readPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a decodable image: " + file);
        return image;
    }

    private static double nonWhiteFraction(BufferedImage image) {
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        return (double) nonWhite / ((long) image.getWidth() * image.getHeight());
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.filter(path -> path.getFileName().toString().endsWith(".tmp")).count());
        }
    }
}
