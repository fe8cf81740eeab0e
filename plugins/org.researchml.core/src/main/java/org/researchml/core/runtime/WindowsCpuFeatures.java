package org.researchml.core.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Asks Windows whether the CPU supports AVX2, through {@code IsProcessorFeaturePresent} in
 * {@code kernel32.dll}, called with JNA (embedded in this library as a DL4J dependency).
 *
 * <p>NOTE: not run on Windows by this project's tests; {@link CpuFeatures} treats any failure as "no AVX2".
 */
final class WindowsCpuFeatures {

    /** {@code PF_AVX2_INSTRUCTIONS_AVAILABLE} from the Windows SDK header {@code winnt.h}. */
    private static final int PF_AVX2_INSTRUCTIONS_AVAILABLE = 40;

    private WindowsCpuFeatures() {
    }

    /** The one {@code kernel32.dll} function used here. */
    interface Kernel32 extends Library {
        boolean IsProcessorFeaturePresent(int processorFeature);
    }

    static boolean hasAvx2() {
        Kernel32 kernel32 = (Kernel32) Native.loadLibrary("kernel32", Kernel32.class);
        return kernel32.IsProcessorFeaturePresent(PF_AVX2_INSTRUCTIONS_AVAILABLE);
    }
}
