package org.researchml.core.segmentation.layers;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of a batch normalization layer with a faster implementation for channels-last
 * activations, {@link ChannelsLastBatchNormalizationLayer}.
 *
 * <p>It has DL4J's {@link BatchNormalization} settings, parameters and defaults (decay 0.9, epsilon
 * 1e-5, running standard deviation stored as log10) and computes the same result. Model files name
 * this class, so it must keep its name and package.
 */
public class ChannelsLastBatchNormalization extends BatchNormalization {

    private static final long serialVersionUID = 1L;

    /** Creates a layer with DL4J's default settings; also used by JSON deserialization. */
    public ChannelsLastBatchNormalization() {
    }

    /** Creates a layer with DL4J's default settings for activations of the given layout. */
    public ChannelsLastBatchNormalization(CNN2DFormat format) {
        setCnn2DFormat(format);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
            int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNOutSet("ChannelsLastBatchNormalization", getLayerName(), layerIndex, getNOut());
        ChannelsLastBatchNormalizationLayer layer = new ChannelsLastBatchNormalizationLayer(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> parameters = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(parameters);
        layer.setConf(conf);
        return layer;
    }
}
