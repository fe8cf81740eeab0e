package org.researchml.core.segmentation;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ISchedule;
import org.researchml.core.segmentation.layers.CachedTransposedConvolution;
import org.researchml.core.segmentation.layers.ChannelsLastBatchNormalization;
import org.researchml.core.segmentation.layers.ChannelsLastConvolution;

/**
 * Builds a DL4J {@link ComputationGraph} for a {@link UNetArchitecture}.
 *
 * <p>Layer names follow the pattern {@code enc<level>_...}, {@code dec<level>_...} and {@code output};
 * the input is {@value #INPUT}. New networks use the channels-last layout {@link #DATA_FORMAT} (batch,
 * row, column, channel), on which oneDNN's pooling and convolution kernels run faster than on
 * channels first; {@link TileLayout} converts tile batches for a network of either layout.
 *
 * <p>For channels last it uses the layers of {@link org.researchml.core.segmentation.layers}, which compute
 * what DL4J's own layers compute, faster: a convolution that reads channels-last input without a copy,
 * batch normalization with the ReLU that follows it in one layer, and a transposed convolution that
 * keeps its forward output for backpropagation. Two settings help as well:
 * <ul>
 * <li>The cache mode {@link CacheMode#DEVICE} keeps each convolution's output from the forward pass
 *     for backpropagation, which DL4J otherwise computes a second time.</li>
 * <li>The 2x2 transposed convolutions use {@link ConvolutionMode#Truncate} with no padding. For a
 *     2x2 kernel with stride 2 this gives the same output as same padding, but only this mode lets
 *     ND4J run the layer with oneDNN instead of its own much slower implementation.</li>
 * </ul>
 */
public final class UNetGraphFactory {

    /** Name of the graph's input. */
    public static final String INPUT = "input";
    /** Name of the graph's loss layer. */
    public static final String OUTPUT = "output";
    /** Layout of the activations of networks that this factory builds. */
    public static final CNN2DFormat DATA_FORMAT = CNN2DFormat.NHWC;

    private UNetGraphFactory() {
    }

    /**
     * Builds and initializes a network.
     *
     * @param architecture the U-Net shape
     * @param loss training loss
     * @param learningRate Adam learning rate schedule
     * @param tileSize tile side used to infer layer shapes; the network accepts other multiples of
     *        {@link UNetArchitecture#sizeDivisor()} as well
     * @param seed seed of the weight initialization and dropout
     */
    public static ComputationGraph build(UNetArchitecture architecture, SegmentationLoss loss, ISchedule learningRate,
            int tileSize, long seed) {
        return build(architecture, loss, learningRate, tileSize, seed, DATA_FORMAT);
    }

    /** Builds and initializes a network with the given activation layout; tests use it for channels-first models. */
    static ComputationGraph build(UNetArchitecture architecture, SegmentationLoss loss, ISchedule learningRate,
            int tileSize, long seed, CNN2DFormat format) {
        architecture.checkTileSize(tileSize);
        OneDnnSupport.enable();
        ComputationGraph graph = new ComputationGraph(configure(architecture, loss, learningRate, tileSize, seed, format));
        graph.init();
        return graph;
    }

    /** Returns the network configuration without building it. */
    public static ComputationGraphConfiguration configure(UNetArchitecture architecture, SegmentationLoss loss,
            ISchedule learningRate, int tileSize, long seed) {
        return configure(architecture, loss, learningRate, tileSize, seed, DATA_FORMAT);
    }

    private static ComputationGraphConfiguration configure(UNetArchitecture architecture, SegmentationLoss loss,
            ISchedule learningRate, int tileSize, long seed, CNN2DFormat format) {
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .cacheMode(CacheMode.DEVICE)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(tileSize, tileSize, architecture.inputChannels(), format));

        String previous = INPUT;
        String[] skips = new String[architecture.depth()];
        for (int level = 0; level < architecture.depth(); level++) {
            if (level > 0) {
                String pool = "enc" + level + "_pool";
                graph.addLayer(pool, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).dataFormat(format)
                        .kernelSize(2, 2).stride(2, 2).build(), previous);
                previous = pool;
            }
            previous = addConvolutionBlock(graph, architecture, format, "enc" + level, architecture.filters(level),
                    previous);
            skips[level] = previous;
        }
        if (architecture.dropoutRate() > 0) {
            graph.addLayer("bottleneck_dropout",
                    new DropoutLayer.Builder().dropOut(new Dropout(1 - architecture.dropoutRate())).build(), previous);
            previous = "bottleneck_dropout";
        }
        for (int level = architecture.depth() - 2; level >= 0; level--) {
            String name = "dec" + level;
            String upsampled = addUpsampling(graph, architecture, format, name, architecture.filters(level), previous);
            graph.addVertex(name + "_merge", new MergeVertex(), upsampled, skips[level]);
            previous = addConvolutionBlock(graph, architecture, format, name, architecture.filters(level),
                    name + "_merge");
        }
        graph.addLayer("output_conv", convolution(new ConvolutionLayer.Builder(1, 1).dataFormat(format)
                .nOut(architecture.classCount()).activation(Activation.IDENTITY).weightInit(WeightInit.XAVIER), format),
                previous);
        graph.addLayer(OUTPUT, new CnnLossLayer.Builder(loss.toLossFunction())
                .activation(Activation.SIGMOID).format(format).build(), "output_conv");
        graph.setOutputs(OUTPUT);
        return graph.build();
    }

    /** Adds two 3x3 convolutions, each with optional batch normalization and ReLU; returns the last name. */
    private static String addConvolutionBlock(ComputationGraphConfiguration.GraphBuilder graph,
            UNetArchitecture architecture, CNN2DFormat format, String prefix, int filters, String input) {
        String previous = input;
        for (int index = 1; index <= 2; index++) {
            String convolution = prefix + "_conv" + index;
            if (architecture.batchNormalization() && format == CNN2DFormat.NHWC) {
                graph.addLayer(convolution, convolution(new ConvolutionLayer.Builder(3, 3).dataFormat(format)
                        .nOut(filters).activation(Activation.IDENTITY).hasBias(false), format), previous);
                String normalization = prefix + "_bn" + index;
                graph.addLayer(normalization, new ChannelsLastBatchNormalization(format, true), convolution);
                previous = normalization;
            } else if (architecture.batchNormalization()) {
                graph.addLayer(convolution, new ConvolutionLayer.Builder(3, 3).dataFormat(format)
                        .nOut(filters).activation(Activation.IDENTITY).hasBias(false).build(), previous);
                graph.addLayer(prefix + "_bn" + index, new BatchNormalization.Builder().dataFormat(format).build(),
                        convolution);
                graph.addLayer(prefix + "_relu" + index, new ActivationLayer.Builder()
                        .activation(Activation.RELU).build(), prefix + "_bn" + index);
                previous = prefix + "_relu" + index;
            } else {
                graph.addLayer(convolution, convolution(new ConvolutionLayer.Builder(3, 3).dataFormat(format)
                        .nOut(filters).activation(Activation.RELU), format), previous);
                previous = convolution;
            }
        }
        return previous;
    }

    private static String addUpsampling(ComputationGraphConfiguration.GraphBuilder graph,
            UNetArchitecture architecture, CNN2DFormat format, String prefix, int filters, String input) {
        String name = prefix + "_up";
        if (architecture.decoder() == UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION) {
            Deconvolution2D.Builder transposed = new Deconvolution2D.Builder(2, 2).stride(2, 2).nOut(filters)
                    .dataFormat(format).convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU);
            graph.addLayer(name, format == CNN2DFormat.NHWC ? new CachedTransposedConvolution(transposed)
                    : transposed.build(), input);
            return name;
        }
        graph.addLayer(name + "sample", new Upsampling2D.Builder(2).dataFormat(format).build(), input);
        graph.addLayer(name, convolution(new ConvolutionLayer.Builder(2, 2).dataFormat(format).nOut(filters)
                .activation(Activation.RELU), format), name + "sample");
        return name;
    }

    /** Returns a convolution that reads channels-last input without copying it, or DL4J's own for channels first. */
    private static ConvolutionLayer convolution(ConvolutionLayer.Builder builder, CNN2DFormat format) {
        return format == CNN2DFormat.NHWC ? new ChannelsLastConvolution(builder) : builder.build();
    }
}
