package org.researchml.core.segmentation.layers;

import java.util.Collection;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of a 2D convolution layer that runs channels-last activations without copying them.
 *
 * <p>It accepts the same settings as DL4J's {@link ConvolutionLayer} and computes the same result;
 * only its implementation, {@link ChannelsLastConvolutionLayer}, skips a channels-first copy of the
 * input on every call. Model files name this class, so it must keep its name and package.
 */
public class ChannelsLastConvolution extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;

    /** Constructor for JSON deserialization. */
    public ChannelsLastConvolution() {
    }

    /** Creates the layer configuration from a DL4J convolution builder. */
    public ChannelsLastConvolution(ConvolutionLayer.Builder builder) {
        super(builder);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
            int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("ChannelsLastConvolution", getLayerName(), layerIndex, getNIn(), getNOut());
        ChannelsLastConvolutionLayer layer = new ChannelsLastConvolutionLayer(conf, networkDataType);
        return LayerSetup.connect(layer, conf, initializer(), trainingListeners, layerIndex, layerParamsView,
                initializeParams);
    }
}
