package org.researchml.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CpuFeaturesTest {

    @Test
    void avx2FoundInCpuinfoFlags() {
        assertTrue(CpuFeatures.containsAvx2("processor\t: 0\nflags\t\t: fpu sse4_2 avx avx2 fma\n"));
    }

    @Test
    void avx2MissingFromCpuinfoFlags() {
        assertFalse(CpuFeatures.containsAvx2("flags\t\t: fpu sse4_2 avx fma avx512f_absent\n"));
    }

    @Test
    void avx2FoundInSysctlOutput() {
        assertTrue(CpuFeatures.containsAvx2("RDWRFSGS TSC_THREAD_OFFSET SGX BMI1 HLE AVX2 SMEP BMI2\n"));
    }

    @Test
    void overrideWinsOverDetection() {
        String previous = System.getProperty(CpuFeatures.AVX2_PROPERTY);
        try {
            System.setProperty(CpuFeatures.AVX2_PROPERTY, "false");
            assertFalse(CpuFeatures.hasAvx2());
            System.setProperty(CpuFeatures.AVX2_PROPERTY, "true");
            assertTrue(CpuFeatures.hasAvx2());
        } finally {
            if (previous == null) {
                System.clearProperty(CpuFeatures.AVX2_PROPERTY);
            } else {
                System.setProperty(CpuFeatures.AVX2_PROPERTY, previous);
            }
        }
    }

    @Test
    void cacheFolderNamesNativeVersions() {
        Path folder = NativeRuntime.defaultCacheDirectory(NativeRuntime.class.getClassLoader());
        assertEquals("nd4j-1.0.0-M2.1_javacpp-1.5.7", folder.getFileName().toString());
        assertEquals(Path.of(System.getProperty("user.home"), ".researchml", "javacpp-cache"), folder.getParent());
    }
}
