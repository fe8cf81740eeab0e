package org.researchml.core.segmentation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.IntensityNormalization;
import org.researchml.core.metrics.SegmentationScores;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.runtime.NativeRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a U-Net on random patches of image/mask pairs.
 *
 * <p>Each epoch runs {@link TrainingConfig#stepsPerEpoch()} Adam steps on augmented patches, then
 * predicts the validation images whole (tiled) and scores them with pooled IoU. The weights of the
 * epoch with the best validation IoU are kept; training stops early after
 * {@link TrainingConfig#earlyStoppingPatience()} epochs without improvement. Without validation
 * images the last epoch's weights are kept. The learning rate is multiplied by
 * {@link TrainingConfig#learningRateDecay()} after each epoch.
 *
 * <p>Runs are repeatable for a given seed on the same machine and ND4J build; multi-threaded
 * native kernels may still differ in the last bits between machines.
 */
public final class UNetTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(UNetTrainer.class);

    private final TrainingConfig config;
    private final double timeBudgetSeconds;

    /** Creates a trainer without a time budget. */
    public UNetTrainer(TrainingConfig config) {
        this(config, Double.POSITIVE_INFINITY);
    }

    /**
     * Creates a trainer that starts no new epoch once {@code timeBudgetSeconds} of wall-clock time
     * have passed. A run cut short by the budget depends on the machine's speed, so it is not
     * repeatable by seed alone.
     */
    public UNetTrainer(TrainingConfig config, double timeBudgetSeconds) {
        if (!(timeBudgetSeconds > 0)) {
            throw new IllegalArgumentException("Time budget is " + timeBudgetSeconds + " s; use a positive number of seconds.");
        }
        this.config = config;
        this.timeBudgetSeconds = timeBudgetSeconds;
    }

    /**
     * Trains a model.
     *
     * @param training image/mask pairs to draw patches from
     * @param validation image/mask pairs scored after each epoch; may be empty
     * @param listener progress, step losses, epoch scores and cancellation, checked before every step
     * @return the model with the best validation IoU and its history
     * @throws CanceledException if the listener cancels; nothing is returned or written then
     */
    public SegmentationModel train(List<ImageMaskPair> training, List<ImageMaskPair> validation,
            TrainingListener listener) throws CanceledException {
        if (training.isEmpty()) {
            throw new IllegalArgumentException("No training images; give at least one image with a mask.");
        }
        TrainingMemory.check(config);
        NativeRuntime.initialize();
        Nd4j.getRandom().setSeed(config.seed());
        IntensityNormalization normalization = fitNormalization(training);
        List<TrainingImage> trainingImages = new ArrayList<>();
        for (ImageMaskPair pair : training) {
            trainingImages.add(TrainingImage.of(pair, normalization));
        }
        PatchSampler sampler = new PatchSampler(trainingImages, config.patchSize(), config.foregroundFraction(),
                config.augmentation(), new Random(config.seed()));
        ExponentialSchedule schedule = new ExponentialSchedule(ScheduleType.EPOCH, config.learningRate(),
                config.learningRateDecay());
        ComputationGraph network = UNetGraphFactory.build(config.architecture(), config.loss(), schedule,
                config.patchSize(), config.seed());
        TileLayout layout = TileLayout.of(network);
        LOG.info("Training U-Net {} with {} parameters on {} images, validating on {}", config.architecture(),
                network.numParams(), training.size(), validation.size());

        List<EpochRecord> history = new ArrayList<>();
        INDArray bestParameters = null;
        double bestIou = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        int totalSteps = config.maxEpochs() * config.stepsPerEpoch();
        long trainingStart = System.nanoTime();
        for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
            if ((System.nanoTime() - trainingStart) / 1e9 >= timeBudgetSeconds) {
                LOG.info("Stopping after {} epochs: the time budget of {} s is used up", epoch - 1, timeBudgetSeconds);
                break;
            }
            long start = System.nanoTime();
            double lossSum = 0;
            for (int step = 1; step <= config.stepsPerEpoch(); step++) {
                listener.checkCanceled();
                MultiDataSet batch = layout(sampler.nextBatch(config.batchSize()), layout);
                network.fit(batch);
                double loss = meanLoss(network.score(), config.patchSize(), layout);
                lossSum += loss;
                listener.stepFinished(epoch, step, loss);
                int done = (epoch - 1) * config.stepsPerEpoch() + step;
                listener.progress(done / (double) totalSteps,
                        String.format("Epoch %d, step %d, loss %.4f", epoch, step, loss));
            }
            double learningRate = schedule.valueAt(0, epoch - 1);
            network.incrementEpochCount();

            SegmentationScores scores = validation.isEmpty() ? null
                    : validate(network, normalization, validation, listener);
            double iou = scores == null ? Double.NaN : scores.iou();
            double dice = scores == null ? Double.NaN : scores.dice();
            EpochRecord record = new EpochRecord(epoch, config.stepsPerEpoch(), lossSum / config.stepsPerEpoch(), iou,
                    dice, learningRate, (System.nanoTime() - start) / 1e9);
            history.add(record);
            LOG.info("Epoch {}: mean loss {}, validation IoU {}, Dice {}, {} s", epoch, record.meanLoss(), iou, dice,
                    record.durationSeconds());
            listener.epochFinished(record);

            if (scores == null || iou > bestIou) {
                bestIou = iou;
                bestEpoch = epoch;
                bestParameters = network.params().dup();
            } else if (epoch - bestEpoch >= config.earlyStoppingPatience()) {
                LOG.info("Stopping early: validation IoU has not improved for {} epochs", epoch - bestEpoch);
                break;
            }
        }
        listener.checkCanceled();
        network.setParams(bestParameters);
        SegmentationModelMetadata metadata = new SegmentationModelMetadata(SegmentationModelFile.FORMAT_VERSION,
                config.architecture(), normalization, config.patchSize(), config.threshold(), config.loss(), history,
                bestEpoch, versions(), Instant.now().toString());
        return new SegmentationModel(network, metadata);
    }

    /**
     * Trains a model and saves it atomically to {@code modelFile}.
     *
     * @throws CanceledException if the listener cancels; no model file (not even a partial one) is written then
     * @throws java.io.IOException if the model cannot be written
     */
    public SegmentationModel trainToFile(List<ImageMaskPair> training, List<ImageMaskPair> validation,
            TrainingListener listener, java.nio.file.Path modelFile) throws CanceledException, java.io.IOException {
        SegmentationModel model = train(training, validation, listener);
        SegmentationModelFile.save(model, modelFile);
        return model;
    }

    /**
     * Converts DL4J's score of a U-Net minibatch of square tiles to the loss of {@link CrossEntropyDiceLoss}.
     *
     * <p>DL4J 1.0.0-M2.1's {@code CnnLossLayer} requests from the loss function the sum over all pixel
     * rows ({@code average = false}), which {@link CrossEntropyDiceLoss} returns as the mean loss
     * times the row count, and divides it by the number of images. For a channels-first network
     * the rows are the pixels, so the score is the mean loss times the pixels per tile. For a
     * channels-last network the score reshapes the output as if it were channels first, so the
     * rows are the tile columns and the score is the mean loss times the tile side (the gradient
     * is not affected).
     */
    static double meanLoss(double networkScore, int tileSize, TileLayout layout) {
        double rowsPerTile = layout == TileLayout.CHANNELS_FIRST ? (double) tileSize * tileSize : tileSize;
        return networkScore / rowsPerTile;
    }

    /** Returns a channels-first batch of the sampler in the network's layout. */
    private static MultiDataSet layout(MultiDataSet batch, TileLayout layout) {
        return new org.nd4j.linalg.dataset.MultiDataSet(layout.fromChannelsFirst(batch.getFeatures(0)),
                layout.fromChannelsFirst(batch.getLabels(0)));
    }

    private IntensityNormalization fitNormalization(List<ImageMaskPair> training) {
        List<GreyscaleImage> images = training.stream().map(ImageMaskPair::image).toList();
        return config.normalization() == IntensityNormalization.Method.MIN_MAX
                ? IntensityNormalization.fitMinMax(images)
                : IntensityNormalization.fitPercentiles(images, 1, 99);
    }

    private SegmentationScores validate(ComputationGraph network, IntensityNormalization normalization,
            List<ImageMaskPair> validation, ProgressListener listener) throws CanceledException {
        SegmentationModelMetadata metadata = new SegmentationModelMetadata(SegmentationModelFile.FORMAT_VERSION,
                config.architecture(), normalization, config.patchSize(), config.threshold(), config.loss(), List.of(),
                0, Map.of(), "");
        SegmentationModel model = new SegmentationModel(network, metadata);
        List<SegmentationScores> scores = new ArrayList<>();
        ProgressListener cancelOnly = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCanceled() {
                return listener.isCanceled();
            }
        };
        for (ImageMaskPair pair : validation) {
            float[] probabilities = model.predictProbabilities(pair.image(), config.validationOverlap(),
                    config.batchSize(), cancelOnly);
            scores.add(SegmentationScores.compare(pair.mask(),
                    model.toMask(pair.name(), pair.image().width(), pair.image().height(), probabilities)));
        }
        return SegmentationScores.pooled(scores);
    }

    /** Returns the versions of this library, DL4J and Java, for the model metadata. */
    static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        String own = UNetTrainer.class.getPackage().getImplementationVersion();
        versions.put("researchml", own == null ? "development" : own);
        String dl4j = ComputationGraph.class.getPackage().getImplementationVersion();
        versions.put("dl4j", dl4j == null ? "unknown" : dl4j);
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }
}
