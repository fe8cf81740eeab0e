package org.researchml.core.segmentation.layers;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.convolution.Deconvolution2DLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J transposed convolution that keeps its output before the activation function from the
 * forward pass and reuses it in backpropagation, when the network's cache mode requests it.
 *
 * <p>DL4J 1.0.0-M2.1's {@link Deconvolution2DLayer} computes the forward pass a second time during
 * backpropagation, like its convolution layer, but unlike that layer it ignores the cache mode.
 */
public class CachedTransposedConvolutionLayer extends Deconvolution2DLayer {

    /** Creates the layer; DL4J calls it through {@link CachedTransposedConvolution#instantiate}. */
    public CachedTransposedConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
            LayerWorkspaceMgr workspaceMgr) {
        if (forBackprop && preOutput != null) {
            return new Pair<>(preOutput, null);
        }
        return super.preOutput(training, forBackprop, workspaceMgr);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray preActivation = super.preOutput(training, false, workspaceMgr).getFirst();

        preOutput = null;
        if (training && cacheMode != null && cacheMode != CacheMode.NONE
                && workspaceMgr.hasConfiguration(ArrayType.FF_CACHE)
                && workspaceMgr.isWorkspaceOpen(ArrayType.FF_CACHE)) {
            try (MemoryWorkspace cache = workspaceMgr.notifyScopeBorrowed(ArrayType.FF_CACHE)) {
                preOutput = preActivation.unsafeDuplication();
            }
        }
        return layerConf().getActivationFn().getActivation(preActivation, training);
    }
}
