package org.researchml.core.segmentation.layers;

import java.util.Collection;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of a transposed convolution layer that keeps its forward output for backpropagation.
 *
 * <p>It accepts DL4J's {@link Deconvolution2D} settings and computes the same result; its
 * implementation {@link CachedTransposedConvolutionLayer} honours the network's cache mode, which
 * DL4J's own transposed convolution ignores. Model files name this class, so it must keep its name
 * and package.
 */
public class CachedTransposedConvolution extends Deconvolution2D {

    private static final long serialVersionUID = 1L;

    /** Constructor for JSON deserialization. */
    public CachedTransposedConvolution() {
    }

    /** Creates the layer configuration from a DL4J transposed convolution builder. */
    public CachedTransposedConvolution(Deconvolution2D.Builder builder) {
        super(builder);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
            int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("CachedTransposedConvolution", getLayerName(), layerIndex, getNIn(),
                getNOut());
        CachedTransposedConvolutionLayer layer = new CachedTransposedConvolutionLayer(conf, networkDataType);
        return LayerSetup.connect(layer, conf, initializer(), trainingListeners, layerIndex, layerParamsView,
                initializeParams);
    }
}
