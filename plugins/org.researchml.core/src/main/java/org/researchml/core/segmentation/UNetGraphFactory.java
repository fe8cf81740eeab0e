package org.researchml.core.segmentation;

import org.deeplearning4j.nn.conf.CNN2DFormat;
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

/**
 * Builds a DL4J {@link ComputationGraph} for a {@link UNetArchitecture}.
 *
 * <p>Layer names follow the pattern {@code enc<level>_...}, {@code dec<level>_...} and {@code output};
 * the input is {@value #INPUT}. Data format is NCHW (batch, channel, row, column).
 */
public final class UNetGraphFactory {

    /** Name of the graph's input. */
    public static final String INPUT = "input";
    /** Name of the graph's loss layer. */
    public static final String OUTPUT = "output";

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
        architecture.checkTileSize(tileSize);
        OneDnnSupport.enable();
        ComputationGraph graph = new ComputationGraph(configure(architecture, loss, learningRate, tileSize, seed));
        graph.init();
        return graph;
    }

    /** Returns the network configuration without building it. */
    public static ComputationGraphConfiguration configure(UNetArchitecture architecture, SegmentationLoss loss,
            ISchedule learningRate, int tileSize, long seed) {
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(tileSize, tileSize, architecture.inputChannels(), CNN2DFormat.NCHW));

        String previous = INPUT;
        String[] skips = new String[architecture.depth()];
        for (int level = 0; level < architecture.depth(); level++) {
            if (level > 0) {
                String pool = "enc" + level + "_pool";
                graph.addLayer(pool, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build(), previous);
                previous = pool;
            }
            previous = addConvolutionBlock(graph, architecture, "enc" + level, architecture.filters(level), previous);
            skips[level] = previous;
        }
        if (architecture.dropoutRate() > 0) {
            graph.addLayer("bottleneck_dropout",
                    new DropoutLayer.Builder().dropOut(new Dropout(1 - architecture.dropoutRate())).build(), previous);
            previous = "bottleneck_dropout";
        }
        for (int level = architecture.depth() - 2; level >= 0; level--) {
            String name = "dec" + level;
            String upsampled = addUpsampling(graph, architecture, name, architecture.filters(level), previous);
            graph.addVertex(name + "_merge", new MergeVertex(), upsampled, skips[level]);
            previous = addConvolutionBlock(graph, architecture, name, architecture.filters(level), name + "_merge");
        }
        graph.addLayer("output_conv", new ConvolutionLayer.Builder(1, 1)
                .nOut(architecture.classCount()).activation(Activation.IDENTITY).weightInit(WeightInit.XAVIER).build(),
                previous);
        graph.addLayer(OUTPUT, new CnnLossLayer.Builder(loss.toLossFunction())
                .activation(Activation.SIGMOID).format(CNN2DFormat.NCHW).build(), "output_conv");
        graph.setOutputs(OUTPUT);
        return graph.build();
    }

    /** Adds two 3x3 convolutions, each with optional batch normalization and ReLU; returns the last name. */
    private static String addConvolutionBlock(ComputationGraphConfiguration.GraphBuilder graph,
            UNetArchitecture architecture, String prefix, int filters, String input) {
        String previous = input;
        for (int index = 1; index <= 2; index++) {
            String convolution = prefix + "_conv" + index;
            if (architecture.batchNormalization()) {
                graph.addLayer(convolution, new ConvolutionLayer.Builder(3, 3).nOut(filters)
                        .activation(Activation.IDENTITY).hasBias(false).build(), previous);
                graph.addLayer(prefix + "_bn" + index, new BatchNormalization.Builder().build(), convolution);
                graph.addLayer(prefix + "_relu" + index, new ActivationLayer.Builder()
                        .activation(Activation.RELU).build(), prefix + "_bn" + index);
                previous = prefix + "_relu" + index;
            } else {
                graph.addLayer(convolution, new ConvolutionLayer.Builder(3, 3).nOut(filters)
                        .activation(Activation.RELU).build(), previous);
                previous = convolution;
            }
        }
        return previous;
    }

    private static String addUpsampling(ComputationGraphConfiguration.GraphBuilder graph,
            UNetArchitecture architecture, String prefix, int filters, String input) {
        String name = prefix + "_up";
        if (architecture.decoder() == UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION) {
            graph.addLayer(name, new Deconvolution2D.Builder(2, 2).stride(2, 2).nOut(filters)
                    .activation(Activation.RELU).build(), input);
            return name;
        }
        graph.addLayer(name + "sample", new Upsampling2D.Builder(2).build(), input);
        graph.addLayer(name, new ConvolutionLayer.Builder(2, 2).nOut(filters)
                .activation(Activation.RELU).build(), name + "sample");
        return name;
    }
}
