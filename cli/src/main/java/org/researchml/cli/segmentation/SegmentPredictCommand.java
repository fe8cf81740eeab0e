package org.researchml.cli.segmentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.GreyscaleImageReader;
import org.researchml.core.image.ImageMaskPairing;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.segmentation.SegmentationImages;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.SegmentationModelFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segment-predict}: writes probability maps, masks and overlays for images with a trained model. */
@Command(name = "segment-predict", mixinStandardHelpOptions = true,
        description = "Segments images with a model from segment-train; writes <name>_probability.png, <name>_mask.png and <name>_overlay.png.")
public final class SegmentPredictCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "Model file written by segment-train.")
    Path modelFile;

    @Option(names = "--images", required = true, description = "An image file or a folder of TIFF/PNG images.")
    Path images;

    @Option(names = "--output", required = true, description = "Folder for the output PNG files.")
    Path output;

    @Option(names = "--overlap", defaultValue = "-1", description = "Tile overlap in pixels; default a quarter of the model's tile size.")
    int overlap;

    @Option(names = "--batch-size", defaultValue = "4", description = "Tiles per network call (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() throws Exception {
        SegmentationModel model = SegmentationModelFile.load(modelFile);
        int tileOverlap = TileOverlapOption.resolve(overlap, model);
        List<Path> files = Files.isDirectory(images) ? new ArrayList<>(ImageMaskPairing.listImages(images).values())
                : List.of(images);
        Map<String, Path> written = new HashMap<>();
        for (Path file : files) {
            for (GreyscaleImage image : GreyscaleImageReader.readAllPages(file)) {
                String name = image.name().replace('#', '_');
                Path earlier = written.putIfAbsent(name, file);
                if (earlier != null) {
                    throw new IllegalArgumentException("Images of " + earlier + " and " + file + " would both be written"
                            + " as " + name + "_*.png in " + output + ". Rename one of the files.");
                }
                float[] probabilities = model.predictProbabilities(image, tileOverlap, batchSize, ProgressListener.NONE);
                BinaryMask mask = model.toMask(name, image.width(), image.height(), probabilities);
                SegmentationImages.writeProbabilities(probabilities, image.width(), image.height(),
                        output.resolve(name + "_probability.png"));
                SegmentationImages.writeMask(mask, output.resolve(name + "_mask.png"));
                SegmentationImages.writeOverlay(image, mask, null, output.resolve(name + "_overlay.png"));
                System.out.printf("%s: %d of %d pixels foreground%n", name, mask.foregroundCount(),
                        (long) image.width() * image.height());
            }
        }
        return 0;
    }
}
