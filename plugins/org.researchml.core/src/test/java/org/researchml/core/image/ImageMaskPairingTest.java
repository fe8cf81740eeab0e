package org.researchml.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.DataDirectory;

class ImageMaskPairingTest {

    private static final Path EM = DataDirectory.require(null).resolve("em/drosophila-vnc");

    @TempDir
    Path folder;

    @Test
    void realFoldersPairTwenty() throws IOException {
        List<ImageMaskPair> pairs = ImageMaskPairing.pair(EM.resolve("raw"), EM.resolve("mitochondria"), Double.NaN);

        assertEquals(20, pairs.size());
        assertEquals("00", pairs.get(0).name());
        assertEquals("19", pairs.get(19).name());
        assertEquals(1024, pairs.get(5).mask().width());
        // Masks 01, 07 and 18 are 1-bit PNGs, the others 8-bit: half of each mask's range finds both.
        for (ImageMaskPair pair : pairs) {
            assertTrue(pair.mask().foregroundCount() > 10_000, pair.name() + ": " + pair.mask().foregroundCount());
        }
    }

    @Test
    void thresholdAboveOneBitMaskRejected() {
        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> ImageMaskPairing.pair(EM.resolve("raw"), EM.resolve("mitochondria"), 128));

        assertTrue(error.getMessage().contains("Mask threshold 128.0 is outside the values of mask"), error.getMessage());
        assertTrue(error.getMessage().contains("01.png, which go up to 1"), error.getMessage());
    }

    @Test
    void maskWithoutImageRejected() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        Path masks = Files.createDirectory(folder.resolve("masks"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1), "png", images.resolve("a.png"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1), "png", masks.resolve("a.png"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1), "png", masks.resolve("b.png"));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> ImageMaskPairing.pair(images, masks, 128));

        assertTrue(error.getMessage().contains("b.png has no matching image"), error.getMessage());
        assertTrue(error.getMessage().contains("Add the image or remove the mask"), error.getMessage());
    }

    @Test
    void imageWithoutMaskSkipped() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        Path masks = Files.createDirectory(folder.resolve("masks"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1), "tiff", images.resolve("a.tif"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1), "png", images.resolve("b.png"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 16), "png", masks.resolve("a.png"));

        List<ImageMaskPair> pairs = ImageMaskPairing.pair(images, masks, 128);

        assertEquals(1, pairs.size());
        assertEquals(8, pairs.get(0).mask().foregroundCount());
    }

    @Test
    void sizeMismatchRejected() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        Path masks = Files.createDirectory(folder.resolve("masks"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1), "png", images.resolve("a.png"));
        TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 5, 4, 1), "png", masks.resolve("a.png"));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> ImageMaskPairing.pair(images, masks, 128));

        assertTrue(error.getMessage().contains("is 5x4 pixels but image"), error.getMessage());
        assertTrue(error.getMessage().contains("is 4x4"), error.getMessage());
    }

    @Test
    void emptyFolderRejected() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        Files.writeString(images.resolve("readme.txt"), "no images");

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> ImageMaskPairing.listImages(images));

        assertTrue(error.getMessage().contains("contains no TIFF or PNG image"), error.getMessage());
    }

    @Test
    void missingFolderRejected() {
        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> ImageMaskPairing.listImages(folder.resolve("absent")));

        assertTrue(error.getMessage().contains("absent not found"), error.getMessage());
    }
}
