package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;

class SegmentationImagesTest {

    @TempDir
    Path folder;

    @Test
    void overlayColoursByAgreement() throws IOException {
        GreyscaleImage image = new GreyscaleImage("i", 4, 1, 8, new float[] {0, 0, 0, 0});
        BinaryMask truth = new BinaryMask("i", 4, 1, new boolean[] {true, false, true, false});
        BinaryMask prediction = new BinaryMask("i", 4, 1, new boolean[] {true, true, false, false});
        Path file = folder.resolve("overlay.png");

        SegmentationImages.writeOverlay(image, prediction, truth, file);

        BufferedImage overlay = ImageIO.read(file.toFile());
        assertEquals(0x730000 | 0x6300 | 0x00, overlay.getRGB(0, 0) & 0xFFFFFF, "both: yellow");
        assertEquals(0x730000 | 0x1200 | 0x12, overlay.getRGB(1, 0) & 0xFFFFFF, "predicted only: red");
        assertEquals(0x000000 | 0x5A00 | 0x73, overlay.getRGB(2, 0) & 0xFFFFFF, "truth only: cyan");
        assertEquals(0, overlay.getRGB(3, 0) & 0xFFFFFF, "neither: image");
    }

    @Test
    void probabilitiesScaledTo255() throws IOException {
        Path file = folder.resolve("p.png");

        SegmentationImages.writeProbabilities(new float[] {0f, 0.5f, 1f}, 3, 1, file);

        BufferedImage written = ImageIO.read(file.toFile());
        assertEquals(0, written.getRaster().getSample(0, 0, 0));
        assertEquals(128, written.getRaster().getSample(1, 0, 0));
        assertEquals(255, written.getRaster().getSample(2, 0, 0));
    }

    @Test
    void trainingCurveWritten() throws IOException {
        Path file = folder.resolve("curve.png");
        List<EpochRecord> history = List.of(new EpochRecord(1, 5, 0.9, 0.3, 0.46, 1e-3, 4),
                new EpochRecord(2, 5, 0.6, 0.5, 0.66, 9e-4, 4), new EpochRecord(3, 5, 0.4, Double.NaN, Double.NaN,
                        8e-4, 4));

        TrainingCurvePlot.write(history, file);

        BufferedImage plot = ImageIO.read(file.toFile());
        assertEquals(800, plot.getWidth());
        assertEquals(480, plot.getHeight());
    }

    @Test
    void emptyHistoryRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrainingCurvePlot.write(List.of(), folder.resolve("curve.png")));

        assertTrue(error.getMessage().contains("history is empty"), error.getMessage());
    }
}
