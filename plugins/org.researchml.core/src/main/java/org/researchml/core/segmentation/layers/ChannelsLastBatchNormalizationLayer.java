package org.researchml.core.segmentation.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization of channels-last activations [images, rows, columns, channels].
 *
 * <p>The activations are viewed as a matrix with one row per pixel and one column per channel. Per
 * channel sums are then products of its transpose with a vector of ones, which BLAS computes in one
 * pass over memory. DL4J 1.0.0-M2.1 instead reduces each channel separately over strided memory.
 * Its oneDNN backward pass also adds several full-size temporary arrays. Together they took about a
 * fifth of a U-Net training step.
 *
 * <p>With {@code x̂ = (x - mean) / sqrt(var + eps)} over the minibatch, the forward pass is
 * {@code y = gamma x̂ + beta} and the backward pass is
 * {@code dx = gamma / sqrt(var + eps) * (dy - mean(dy) - x̂ mean(dy x̂))}, with
 * {@code dgamma = sum(dy x̂)} and {@code dbeta = sum(dy)}. The running mean and standard deviation
 * move toward the minibatch statistics exactly as in DL4J's own layer.
 *
 * <p>Other layouts, ranks, data types and locked gamma/beta go to DL4J's implementation. A ReLU
 * output ({@link ChannelsLastBatchNormalization#isReluOutput()}) is applied in place; backpropagation
 * masks the incoming gradient with the output, which is positive exactly where the normalized value is.
 */
public class ChannelsLastBatchNormalizationLayer extends BatchNormalization {

    /** Minibatch statistics of the last training forward pass, or null if DL4J's implementation ran. */
    private BatchStatistics batchStatistics;
    /** A column of ones, one per pixel row, reused while the minibatch size stays the same. */
    private INDArray ones;
    /** Output of the last training forward pass after the ReLU, or null without a ReLU. */
    private INDArray reluOutput;

    private record BatchStatistics(INDArray mean, INDArray variance, INDArray inverseStd) {
    }

    /** Creates the layer; DL4J calls it through {@link ChannelsLastBatchNormalization#instantiate}. */
    public ChannelsLastBatchNormalizationLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private boolean handles(INDArray activations) {
        return layerConf().getCnn2DFormat() == CNN2DFormat.NHWC && activations.rank() == 4
                && activations.dataType().isFPType() && !layerConf().isLockGammaBeta();
    }

    private boolean hasRelu() {
        return layerConf() instanceof ChannelsLastBatchNormalization normalization && normalization.isReluOutput();
    }

    @Override
    public INDArray preOutput(INDArray x, TrainingMode training, LayerWorkspaceMgr workspaceMgr) {
        batchStatistics = null;
        reluOutput = null;
        INDArray output = handles(x) ? normalize(x, training, workspaceMgr)
                : super.preOutput(x, training, workspaceMgr);
        if (hasRelu()) {
            Transforms.relu(output, false);
            if (training == TrainingMode.TRAIN) {
                reluOutput = output;
            }
        }
        return output;
    }

    private INDArray normalize(INDArray x, TrainingMode training, LayerWorkspaceMgr workspaceMgr) {
        INDArray pixels = pixelMatrix(x.castTo(dataType));
        INDArray gamma = getParam(BatchNormalizationParamInitializer.GAMMA);
        INDArray beta = getParam(BatchNormalizationParamInitializer.BETA);
        long channels = pixels.columns();

        INDArray mean;
        INDArray variance;
        if (training == TrainingMode.TRAIN) {
            mean = channelMean(pixels);
            INDArray squaredDeviation = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
                    pixels.shape(), 'c');
            Nd4j.getExecutioner().exec(new BroadcastSubOp(pixels, mean, squaredDeviation, 1));
            squaredDeviation.muli(squaredDeviation);
            variance = channelMean(squaredDeviation);
        } else {
            mean = getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN).reshape(channels);
            variance = globalVariance();
        }

        INDArray inverseStd = inverseStd(variance);
        INDArray scale = gamma.reshape(channels).mul(inverseStd);
        INDArray shift = beta.reshape(channels).sub(mean.mul(scale));
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, x.shape(), 'c');
        INDArray outputPixels = output.reshape('c', pixels.rows(), channels);
        Nd4j.getExecutioner().exec(new BroadcastMulOp(pixels, scale, outputPixels, 1));
        Nd4j.getExecutioner().exec(new BroadcastAddOp(outputPixels, shift, outputPixels, 1));
        if (training == TrainingMode.TRAIN) {
            batchStatistics = new BatchStatistics(mean, variance, inverseStd);
        }
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        INDArray normalizedGradient = epsilon;
        if (hasRelu()) {
            if (reluOutput == null) {
                throw new IllegalStateException("Layer " + layerConf().getLayerName()
                        + " has no ReLU output of a training forward pass to backpropagate through.");
            }
            normalizedGradient = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                    epsilon.shape(), 'c');
            Nd4j.getExecutioner().exec(new RectifiedLinearDerivative(reluOutput, epsilon, normalizedGradient));
            reluOutput = null;
        }
        if (batchStatistics == null || !handles(input)) {
            return super.backpropGradient(normalizedGradient, workspaceMgr);
        }
        INDArray pixels = pixelMatrix(input.castTo(dataType));
        INDArray outputGradient = pixelMatrix(normalizedGradient);
        long pixelCount = pixels.rows();

        long channels = pixels.columns();
        INDArray gamma = getParam(BatchNormalizationParamInitializer.GAMMA).reshape(channels);

        INDArray normalized = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, pixels.shape(), 'c');
        Nd4j.getExecutioner().exec(new BroadcastSubOp(pixels, batchStatistics.mean(), normalized, 1));
        Nd4j.getExecutioner().exec(new BroadcastMulOp(normalized, batchStatistics.inverseStd(), normalized, 1));
        INDArray product = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, pixels.shape(), 'c');
        Nd4j.getExecutioner().exec(new MulOp(outputGradient, normalized, product));
        INDArray betaGradient = channelSum(outputGradient);
        INDArray gammaGradient = channelSum(product);

        // dx = gamma * inverseStd * (dy - dbeta / n - x̂ * dgamma / n)
        Nd4j.getExecutioner().exec(new BroadcastMulOp(normalized, gammaGradient.div(pixelCount), normalized, 1));
        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(),
                'c');
        INDArray inputGradientPixels = inputGradient.reshape('c', pixels.rows(), channels);
        Nd4j.getExecutioner().exec(new SubOp(outputGradient, normalized, inputGradientPixels));
        Nd4j.getExecutioner().exec(new BroadcastSubOp(inputGradientPixels, betaGradient.div(pixelCount),
                inputGradientPixels, 1));
        Nd4j.getExecutioner().exec(new BroadcastMulOp(inputGradientPixels, gamma.mul(batchStatistics.inverseStd()),
                inputGradientPixels, 1));

        INDArray gammaGradientView = gradientViews.get(BatchNormalizationParamInitializer.GAMMA);
        INDArray betaGradientView = gradientViews.get(BatchNormalizationParamInitializer.BETA);
        gammaGradientView.assign(gammaGradient.reshape(gammaGradientView.shape()));
        betaGradientView.assign(betaGradient.reshape(betaGradientView.shape()));
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(BatchNormalizationParamInitializer.GAMMA, gammaGradientView);
        gradient.setGradientFor(BatchNormalizationParamInitializer.BETA, betaGradientView);
        setRunningStatisticsSteps(gradient);
        batchStatistics = null;
        return new Pair<>(gradient, inputGradient);
    }

    /**
     * Sets the "gradients" of the running mean and standard deviation: the amount that DL4J's no-op
     * updater subtracts so that they move by {@code 1 - decay} toward the minibatch statistics.
     */
    private void setRunningStatisticsSteps(Gradient gradient) {
        double decay = layerConf().getDecay();
        INDArray globalMean = getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        INDArray meanStep = gradientViews.get(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        meanStep.assign(globalMean.sub(batchStatistics.mean().reshape(globalMean.shape())).muli(1 - decay));
        gradient.setGradientFor(BatchNormalizationParamInitializer.GLOBAL_MEAN, meanStep);
        INDArray batchVariance = batchStatistics.variance();
        if (layerConf().isUseLogStd()) {
            // log10(std now) - log10(std next), with var next = decay * var now + (1 - decay) * batch var
            INDArray logStd = getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
            INDArray variance = globalVariance();
            INDArray nextVariance = variance.mul(decay).addi(batchVariance.mul(1 - decay));
            INDArray logStdStep = gradientViews.get(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
            logStdStep.assign(Transforms.log(variance.div(nextVariance), false).muli(ONE_ON_2LOGE_10)
                    .reshape(logStd.shape()));
            gradient.setGradientFor(BatchNormalizationParamInitializer.GLOBAL_LOG_STD, logStdStep);
        } else {
            INDArray globalVariance = getParam(BatchNormalizationParamInitializer.GLOBAL_VAR);
            INDArray varianceStep = gradientViews.get(BatchNormalizationParamInitializer.GLOBAL_VAR);
            varianceStep.assign(globalVariance.sub(batchVariance.reshape(globalVariance.shape())).muli(1 - decay));
            gradient.setGradientFor(BatchNormalizationParamInitializer.GLOBAL_VAR, varianceStep);
        }
    }

    /** Returns the running variance, from the stored log10 standard deviation or variance. */
    private INDArray globalVariance() {
        try (MemoryWorkspace outside = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            if (layerConf().isUseLogStd()) {
                INDArray logStd = getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
                INDArray std = Transforms.exp(logStd.mul(Math.log(10)).reshape(logStd.length()), false);
                return std.muli(std);
            }
            INDArray variance = getParam(BatchNormalizationParamInitializer.GLOBAL_VAR);
            return variance.dup().reshape(variance.length());
        }
    }

    private INDArray inverseStd(INDArray variance) {
        try (MemoryWorkspace outside = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            return Transforms.pow(variance.add(layerConf().getEps()), -0.5, false);
        }
    }

    /** Views [images, rows, columns, channels] as [pixels, channels]; ND4J copies only if it must. */
    private static INDArray pixelMatrix(INDArray activations) {
        return activations.reshape('c', activations.size(0) * activations.size(1) * activations.size(2),
                activations.size(3));
    }

    private INDArray channelMean(INDArray pixels) {
        return channelSum(pixels).divi(pixels.rows());
    }

    /** Returns the per-channel sum [channels], computed as pixels^T * ones, outside any workspace. */
    private INDArray channelSum(INDArray pixels) {
        try (MemoryWorkspace outside = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            if (ones == null || ones.length() != pixels.rows() || ones.dataType() != pixels.dataType()) {
                ones = Nd4j.ones(pixels.dataType(), pixels.rows(), 1);
            }
            INDArray sum = Nd4j.create(pixels.dataType(), pixels.columns(), 1);
            Nd4j.gemm(pixels, ones, sum, true, false, 1.0, 0.0);
            return sum.reshape(pixels.columns());
        }
    }
}
