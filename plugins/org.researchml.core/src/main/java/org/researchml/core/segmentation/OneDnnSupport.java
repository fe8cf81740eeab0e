package org.researchml.core.segmentation;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.researchml.core.runtime.NativeRuntime;

/**
 * Turns on DeepLearning4J's oneDNN layer helpers, which make convolution, pooling and batch
 * normalization several times faster on CPUs.
 *
 * <p>DL4J 1.0.0-M2.1 never uses them out of the box, for two reasons:
 * <ol>
 * <li>{@code HelperUtils.createHelper} returns no helper unless the system property
 *     {@value #HELPERS_DISABLED_PROPERTY} is {@code false}, and its default is {@code true}.
 *     {@link #enable()} sets it to {@code false} unless the user set it.</li>
 * <li>Each helper's {@code checkSupported()} calls {@code BaseMKLDNNHelper.mklDnnEnabled()}, which looks
 *     up a class that ND4J 1.0.0-M2.1 renamed; {@link org.nd4j.nativeblas.Nd4jCpu} supplies the old name.</li>
 * </ol>
 * Layers decide at construction, so {@link #enable()} must run before a network is built or loaded.
 * With an ND4J build without oneDNN (the plain {@code linux-x86_64} classifier) the helpers
 * report themselves unsupported and DL4J uses its built-in implementations.
 *
 * <p>NOTE: DL4J finds {@link org.nd4j.nativeblas.Nd4jCpu} with {@code Class.forName} from its own
 * class loader. That works on a flat class path (command line, tests) and when DL4J is embedded in
 * this bundle; under OSGi with DL4J in a separate bundle the helpers stay off.
 */
public final class OneDnnSupport {

    /** DL4J's system property that disables all layer helpers unless it is {@code false}. */
    public static final String HELPERS_DISABLED_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    private OneDnnSupport() {
    }

    /**
     * Prepares ND4J through {@link NativeRuntime#initialize()} and allows layer helpers unless the user
     * set {@value #HELPERS_DISABLED_PROPERTY} explicitly.
     */
    public static void enable() {
        NativeRuntime.initialize();
        if (System.getProperty(HELPERS_DISABLED_PROPERTY) == null) {
            System.setProperty(HELPERS_DISABLED_PROPERTY, "false");
        }
    }

    /** Returns whether the loaded ND4J native build reports oneDNN support. */
    public static boolean isAvailable() {
        return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
    }

    /** Returns how many of the graph's layers use a oneDNN convolution helper. */
    public static int countConvolutionHelpers(ComputationGraph graph) {
        int count = 0;
        for (Layer layer : graph.getLayers()) {
            LayerHelper helper = layer.getHelper();
            if (helper instanceof MKLDNNConvHelper) {
                count++;
            }
        }
        return count;
    }
}
