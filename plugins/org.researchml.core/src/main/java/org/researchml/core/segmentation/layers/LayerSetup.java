package org.researchml.core.segmentation.layers;

import java.util.Collection;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Connects a new layer implementation to its configuration and parameters, as DL4J's own layer configurations do. */
final class LayerSetup {

    private LayerSetup() {
    }

    /**
     * Sets a layer's listeners, index, configuration and parameter views and returns the layer.
     *
     * @param initializeParams whether to fill the parameters with initial values; false when a saved network loads
     */
    static <L extends BaseLayer<?>> L connect(L layer, NeuralNetConfiguration conf, ParamInitializer initializer,
            Collection<TrainingListener> trainingListeners, int layerIndex, INDArray layerParamsView,
            boolean initializeParams) {
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        layer.setParamTable(initializer.init(conf, layerParamsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }
}
