package org.researchml.core.segmentation.layers;

import java.util.Collection;

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
 * 1e-5, running standard deviation stored as log10) and computes the same result. With
 * {@link #isReluOutput()} it also applies a ReLU to its output, which replaces a separate activation
 * layer and its two copies of the activations. Model files name this class, so it must keep its
 * name and package.
 */
public class ChannelsLastBatchNormalization extends BatchNormalization {

    private static final long serialVersionUID = 1L;

    private boolean reluOutput;

    /** Creates a layer with DL4J's default settings; also used by JSON deserialization. */
    public ChannelsLastBatchNormalization() {
    }

    /**
     * Creates a layer with DL4J's default settings for activations of the given layout.
     *
     * @param reluOutput whether a ReLU follows the normalization
     */
    public ChannelsLastBatchNormalization(CNN2DFormat format, boolean reluOutput) {
        setCnn2DFormat(format);
        this.reluOutput = reluOutput;
    }

    /** Returns whether a ReLU follows the normalization. */
    public boolean isReluOutput() {
        return reluOutput;
    }

    /** Sets whether a ReLU follows the normalization. */
    public void setReluOutput(boolean reluOutput) {
        this.reluOutput = reluOutput;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof ChannelsLastBatchNormalization normalization
                && normalization.reluOutput == reluOutput;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(reluOutput);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
            int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNOutSet("ChannelsLastBatchNormalization", getLayerName(), layerIndex, getNOut());
        ChannelsLastBatchNormalizationLayer layer = new ChannelsLastBatchNormalizationLayer(conf, networkDataType);
        return LayerSetup.connect(layer, conf, initializer(), trainingListeners, layerIndex, layerParamsView,
                initializeParams);
    }
}
