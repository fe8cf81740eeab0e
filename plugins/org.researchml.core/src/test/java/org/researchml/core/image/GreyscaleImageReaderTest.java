package org.researchml.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.DataDirectory;

class GreyscaleImageReaderTest {

    private static final Path EM = DataDirectory.require(null).resolve("em/drosophila-vnc");

    @TempDir
    Path folder;

    @Test
    void realTiffIs8BitSquare() throws IOException {
        GreyscaleImage image = GreyscaleImageReader.read(EM.resolve("raw/00.tif"));

        assertEquals("00", image.name());
        assertEquals(1024, image.width());
        assertEquals(1024, image.height());
        assertEquals(8, image.bitDepth());
        float max = 0;
        for (float value : image.pixels()) {
            max = Math.max(max, value);
        }
        assertTrue(max > 128, "max " + max);
        assertTrue(max <= 255, "max " + max);
    }

    @Test
    void realMitochondriaMaskThresholds() throws IOException {
        GreyscaleImage maskImage = GreyscaleImageReader.read(EM.resolve("mitochondria/00.png"));
        BinaryMask mask = BinaryMask.thresholdAtHalfRange(maskImage);

        assertEquals(8, maskImage.bitDepth());
        long count = mask.foregroundCount();
        assertTrue(count > 1000, "foreground " + count);
        assertTrue(count < 1024 * 1024 / 2, "foreground " + count);
    }

    @Test
    void realMembraneMaskIsOneBit() throws IOException {
        GreyscaleImage maskImage = GreyscaleImageReader.read(EM.resolve("membranes/00.png"));
        BinaryMask mask = BinaryMask.thresholdAtHalfRange(maskImage);

        assertEquals(1, maskImage.bitDepth());
        long count = mask.foregroundCount();
        assertTrue(count > 10_000, "membrane pixels " + count);
        assertTrue(count < 1024 * 1024 / 2, "membrane pixels " + count);
    }

    @Test
    void sixteenBitPngKeepsValues() throws IOException {
        Path file = TestImages.write(TestImages.ramp(BufferedImage.TYPE_USHORT_GRAY, 5, 4, 3000), "png",
                folder.resolve("a.png"));

        GreyscaleImage image = GreyscaleImageReader.read(file);

        assertEquals(16, image.bitDepth());
        assertEquals(3000 * 7, image.get(2, 1));
        assertEquals(3000 * 19, image.get(4, 3));
    }

    @Test
    void sixteenBitTiffKeepsValues() throws IOException {
        Path file = TestImages.write(TestImages.ramp(BufferedImage.TYPE_USHORT_GRAY, 6, 3, 3001), "tiff",
                folder.resolve("b.tif"));

        GreyscaleImage image = GreyscaleImageReader.read(file);

        assertEquals(16, image.bitDepth());
        assertEquals(3001 * 17, image.get(5, 2));
    }

    @Test
    void multiPageTiffReadsEveryPage() throws IOException {
        Path file = TestImages.writeMultiPageTiff(List.of(
                TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 1),
                TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 2),
                TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 4, 4, 3)), folder.resolve("stack.tif"));

        List<GreyscaleImage> pages = GreyscaleImageReader.readAllPages(file);

        assertEquals(3, pages.size());
        assertEquals("stack", pages.get(0).name());
        assertEquals("stack#2", pages.get(2).name());
        assertEquals(15 * 3, pages.get(2).get(3, 3));
        assertEquals(15, GreyscaleImageReader.read(file).get(3, 3));
    }

    @Test
    void colourImageRejected() throws IOException {
        Path file = TestImages.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("colour.png"));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> GreyscaleImageReader.read(file));

        assertTrue(error.getMessage().contains("colour.png"), error.getMessage());
        assertTrue(error.getMessage().contains("3 colour channels"), error.getMessage());
        assertTrue(error.getMessage().contains("Convert it to 8- or 16-bit greyscale"), error.getMessage());
    }

    @Test
    void colourPaletteRejected() throws IOException {
        Path file = TestImages.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED), "png",
                folder.resolve("palette.png"));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> GreyscaleImageReader.read(file));

        assertTrue(error.getMessage().contains("colour palette"), error.getMessage());
    }

    @Test
    void truncatedPngRejected() throws IOException {
        Path whole = TestImages.write(TestImages.ramp(BufferedImage.TYPE_BYTE_GRAY, 64, 64, 1), "png",
                folder.resolve("whole.png"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> GreyscaleImageReader.read(truncated));

        assertTrue(error.getMessage().contains("cut.png"), error.getMessage());
        assertTrue(error.getMessage().contains("corrupt or truncated"), error.getMessage());
    }

    @Test
    void truncatedTiffRejected() throws IOException {
        byte[] bytes = Files.readAllBytes(EM.resolve("raw/00.tif"));
        Path truncated = Files.write(folder.resolve("cut.tif"), Arrays.copyOf(bytes, 4000));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> GreyscaleImageReader.read(truncated));

        assertTrue(error.getMessage().contains("cut.tif"), error.getMessage());
        assertTrue(error.getMessage().contains("corrupt or truncated"), error.getMessage());
    }

    @Test
    void textFileRejected() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.png"), "not an image");

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> GreyscaleImageReader.read(file));

        assertTrue(error.getMessage().contains("is not a TIFF or PNG image"), error.getMessage());
    }

    @Test
    void emptyFileRejected() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.tif"));

        ImageFormatException error = assertThrows(ImageFormatException.class,
                () -> GreyscaleImageReader.read(file));

        assertTrue(error.getMessage().contains("empty.tif is empty"), error.getMessage());
    }
}
