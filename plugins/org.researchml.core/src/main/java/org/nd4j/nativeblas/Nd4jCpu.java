package org.nd4j.nativeblas;

/**
 * Compatibility class that lets DeepLearning4J 1.0.0-M2.1 find out whether ND4J uses oneDNN.
 *
 * <p>DL4J's {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up {@code org.nd4j.nativeblas.Nd4jCpu$Environment}
 * by name and calls {@code isUseMKLDNN()}. ND4J 1.0.0-M2.1 moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and renamed the method to
 * {@code isUseONEDNN()}, so the look-up fails and every oneDNN layer helper is dropped as unsupported.
 * This class restores the old name and forwards to the new one.
 * {@link org.researchml.core.segmentation.OneDnnSupport} explains the rest of the fix.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** Old-named view of ND4J's native environment. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        /** Returns the single instance, as the original class does. */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Returns whether the loaded native ND4J build uses oneDNN (formerly MKL-DNN). */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
