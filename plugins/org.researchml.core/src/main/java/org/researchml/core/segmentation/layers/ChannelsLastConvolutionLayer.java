package org.researchml.core.segmentation.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J convolution layer that passes channels-last input straight to the oneDNN helper.
 *
 * <p>DL4J 1.0.0-M2.1's {@link ConvolutionLayer} copies channels-last input into a channels-first array
 * before every forward pass, and again before reusing a cached forward result in backpropagation,
 * although its oneDNN helper reads channels-last input directly. For the U-Net these copies take
 * about a tenth of an inference call. This layer skips them whenever the oneDNN helper runs and
 * otherwise behaves exactly like its parent.
 *
 * <p>It also fixes backpropagation of channels-last layers with an activation function other than
 * identity through the oneDNN helper. There the parent applies the activation's derivative to
 * channels-first views of the channels-last arrays, and the helper then computes wrong gradients. A
 * ReLU layer's weight gradients differed by more than 1 from the channels-first result. A U-Net
 * without batch normalization got NaN weights after one step. DL4J's path without the helper is
 * right. This layer applies the derivative in the channels-last layout.
 */
public class ChannelsLastConvolutionLayer extends ConvolutionLayer {

    /** Creates the layer; DL4J calls it through {@link ChannelsLastConvolution#instantiate}. */
    public ChannelsLastConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
            LayerWorkspaceMgr workspaceMgr) {
        if (helper == null || helperCountFail > 0 || layerConf().getCnn2dDataFormat() != CNN2DFormat.NHWC) {
            return super.preOutput(training, forBackprop, workspaceMgr);
        }
        if (forBackprop && preOutput != null) {
            return new Pair<>(preOutput, null);
        }
        assertInputSet(false);
        validateInputRank();
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, training, workspaceMgr);
        INDArray bias = hasBias() ? getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training, workspaceMgr)
                : zeroBias();
        INDArray activations = input.castTo(dataType);
        if (activations.size(3) != weights.size(1)) {
            // The parent's message names the layer, the expected channel count and the layout.
            return super.preOutput(training, forBackprop, workspaceMgr);
        }
        int[] kernel = layerConf().getKernelSize();
        int[] strides = layerConf().getStride();
        int[] dilation = layerConf().getDilation();
        int[] padding = layerConf().getPadding();
        if (convolutionMode == ConvolutionMode.Same) {
            int[] outputSize = ConvolutionUtils.getOutputSize(activations, kernel, strides, null, convolutionMode,
                    dilation, CNN2DFormat.NHWC);
            int[] inputSize = {(int) activations.size(1), (int) activations.size(2)};
            padding = ConvolutionUtils.getSameModeTopLeftPadding(outputSize, inputSize, kernel, strides, dilation);
        }
        INDArray output = helper.preOutput(activations, weights, bias, kernel, strides, padding,
                layerConf().getCudnnAlgoMode(), layerConf().getCudnnFwdAlgo(), convolutionMode, dilation,
                CNN2DFormat.NHWC, workspaceMgr);
        if (output == null) {
            return super.preOutput(training, forBackprop, workspaceMgr);
        }
        return new Pair<>(output, null);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (helper == null || helperCountFail > 0 || layerConf().getCnn2dDataFormat() != CNN2DFormat.NHWC) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray bias = hasBias() ? getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, true, workspaceMgr)
                : zeroBias();
        INDArray activations = input.castTo(dataType);
        INDArray outputGradient = epsilon.castTo(dataType);
        INDArray preActivation = preOutput(true, true, workspaceMgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(preActivation, outputGradient).getFirst();
        INDArray biasGradient = hasBias() ? gradientViews.get(ConvolutionParamInitializer.BIAS_KEY) : null;
        INDArray weightGradient = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);

        Pair<Gradient, INDArray> result = helper.backpropGradient(activations, weights, bias, delta,
                layerConf().getKernelSize(), layerConf().getStride(), layerConf().getPadding(), biasGradient,
                weightGradient, layerConf().getActivationFn(), layerConf().getCudnnAlgoMode(),
                layerConf().getCudnnBwdFilterAlgo(), layerConf().getCudnnBwdDataAlgo(), convolutionMode,
                layerConf().getDilation(), CNN2DFormat.NHWC, workspaceMgr);
        if (result == null) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        result.setSecond(backpropDropOutIfPresent(result.getSecond()));
        return result;
    }

    private INDArray zeroBias() {
        if (dummyBias == null) {
            try (MemoryWorkspace outside = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                dummyBias = Nd4j.create(dataType, 1, layerConf().getNOut());
            }
        }
        return dummyBias;
    }
}
