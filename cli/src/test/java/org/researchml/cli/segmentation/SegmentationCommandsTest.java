package org.researchml.cli.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class SegmentationCommandsTest {

    @TempDir
    Path folder;

    /** Writes a 48x48 image of bright squares on a dark noisy background and its 0/255 mask. */
    private static void writeSquares(Path images, Path masks, String name, long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage mask = new BufferedImage(48, 48, BufferedImage.TYPE_BYTE_GRAY);
        int squareX = random.nextInt(30);
        int squareY = random.nextInt(30);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                boolean inside = x >= squareX && x < squareX + 14 && y >= squareY && y < squareY + 14;
                image.getRaster().setSample(x, y, 0, (inside ? 190 : 50) + random.nextInt(30));
                mask.getRaster().setSample(x, y, 0, inside ? 255 : 0);
            }
        }
        ImageIO.write(image, "png", images.resolve(name + ".png").toFile());
        ImageIO.write(mask, "png", masks.resolve(name + ".png").toFile());
    }

    private static int run(Object command, StringWriter errors, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(errors));
        return commandLine.execute(args);
    }

    @Test
    void trainPredictEvaluate() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        Path masks = Files.createDirectory(folder.resolve("masks"));
        for (int i = 0; i < 3; i++) {
            writeSquares(images, masks, "s" + i, i);
        }
        Path trained = folder.resolve("trained");
        StringWriter errors = new StringWriter();

        int trainExit = run(new SegmentTrainCommand(), errors, "--images", images.toString(), "--masks",
                masks.toString(), "--validation", "s2", "--output", trained.toString(), "--depth", "2",
                "--base-filters", "4", "--patch-size", "32", "--batch-size", "2", "--steps-per-epoch", "3",
                "--epochs", "2");

        assertEquals(0, trainExit, errors.toString());
        assertTrue(Files.isRegularFile(trained.resolve("model.zip")));
        assertTrue(Files.isRegularFile(trained.resolve("training-curve.png")));
        assertTrue(Files.isRegularFile(trained.resolve("validation/s2_overlay.png")));
        JsonNode metrics = new ObjectMapper().readTree(trained.resolve("metrics.json").toFile());
        assertEquals(2, metrics.get("history").size());
        assertTrue(metrics.get("pooled").get("iou").isNumber());

        Path predicted = folder.resolve("predicted");
        int predictExit = run(new SegmentPredictCommand(), errors, "--model", trained.resolve("model.zip").toString(),
                "--images", images.resolve("s0.png").toString(), "--output", predicted.toString());

        assertEquals(0, predictExit, errors.toString());
        assertTrue(Files.isRegularFile(predicted.resolve("s0_mask.png")));
        assertTrue(Files.isRegularFile(predicted.resolve("s0_probability.png")));
        assertTrue(Files.isRegularFile(predicted.resolve("s0_overlay.png")));

        Path evaluated = folder.resolve("evaluated");
        int evaluateExit = run(new SegmentEvaluateCommand(), errors, "--model",
                trained.resolve("model.zip").toString(), "--images", images.toString(), "--masks", masks.toString(),
                "--only", "s1,s2", "--output", evaluated.toString());

        assertEquals(0, evaluateExit, errors.toString());
        JsonNode evaluation = new ObjectMapper().readTree(evaluated.resolve("metrics.json").toFile());
        assertEquals(2, evaluation.get("perImage").size());
        assertEquals(48 * 48 * 2, evaluation.get("pooled").get("truePositives").asLong()
                + evaluation.get("pooled").get("falsePositives").asLong()
                + evaluation.get("pooled").get("falseNegatives").asLong()
                + evaluation.get("pooled").get("trueNegatives").asLong());

        StringWriter unknownErrors = new StringWriter();
        int unknownExit = run(new SegmentEvaluateCommand(), unknownErrors, "--model",
                trained.resolve("model.zip").toString(), "--images", images.toString(), "--masks", masks.toString(),
                "--only", "s1,s9", "--output", folder.resolve("unknown").toString());

        assertEquals(1, unknownExit);
        assertTrue(unknownErrors.toString().contains("--only names [s9], which have no image/mask pair"),
                unknownErrors.toString());

        StringWriter folderErrors = new StringWriter();
        int folderExit = run(new SegmentPredictCommand(), folderErrors, "--model", trained.toString(), "--images",
                images.resolve("s0.png").toString(), "--output", folder.resolve("from-folder").toString());

        assertEquals(1, folderExit);
        assertTrue(folderErrors.toString().contains("is a folder. Give the model file inside it"),
                folderErrors.toString());

        StringWriter overlapErrors = new StringWriter();
        int overlapExit = run(new SegmentPredictCommand(), overlapErrors, "--model",
                trained.resolve("model.zip").toString(), "--images", images.resolve("s0.png").toString(), "--output",
                folder.resolve("negative").toString(), "--overlap", "-5");

        assertEquals(1, overlapExit);
        assertTrue(overlapErrors.toString().contains("--overlap is -5; use 0 or more pixels"), overlapErrors.toString());

        StringWriter evaluateOverlapErrors = new StringWriter();
        int evaluateOverlapExit = run(new SegmentEvaluateCommand(), evaluateOverlapErrors, "--model",
                trained.resolve("model.zip").toString(), "--images", images.toString(), "--masks", masks.toString(),
                "--output", folder.resolve("negative-evaluation").toString(), "--overlap", "-2");

        assertEquals(1, evaluateOverlapExit);
        assertTrue(evaluateOverlapErrors.toString().contains("--overlap is -2; use 0 or more pixels"),
                evaluateOverlapErrors.toString());

        // "x#1" is written as x_1, like a second TIFF page of x, so it clashes with the file x_1.
        Path clashing = Files.createDirectory(folder.resolve("clashing"));
        Files.copy(images.resolve("s0.png"), clashing.resolve("x#1.png"));
        Files.copy(images.resolve("s1.png"), clashing.resolve("x_1.png"));
        StringWriter clashErrors = new StringWriter();
        int clashExit = run(new SegmentPredictCommand(), clashErrors, "--model", trained.resolve("model.zip").toString(),
                "--images", clashing.toString(), "--output", folder.resolve("clash-output").toString());

        assertEquals(1, clashExit);
        assertTrue(clashErrors.toString().contains("would both be written as x_1_*.png"), clashErrors.toString());
    }

    @Test
    void validationOfEveryImageRejected() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        Path masks = Files.createDirectory(folder.resolve("masks"));
        writeSquares(images, masks, "s0", 0);
        writeSquares(images, masks, "s1", 1);
        StringWriter errors = new StringWriter();

        int exit = run(new SegmentTrainCommand(), errors, "--images", images.toString(), "--masks", masks.toString(),
                "--validation", "s0,s1", "--output", folder.resolve("run").toString(), "--patch-size", "32");

        assertEquals(1, exit);
        assertTrue(errors.toString().contains("--validation contains all 2 paired images"), errors.toString());
    }

    @Test
    void predictWithTextFileModelFails() throws IOException {
        Path notAModel = Files.writeString(folder.resolve("model.zip"), "text");
        StringWriter errors = new StringWriter();

        int exit = run(new SegmentPredictCommand(), errors, "--model", notAModel.toString(), "--images",
                folder.toString(), "--output", folder.resolve("out").toString());

        assertEquals(1, exit);
        assertTrue(errors.toString().contains("is not a segmentation model"), errors.toString());
    }
}
