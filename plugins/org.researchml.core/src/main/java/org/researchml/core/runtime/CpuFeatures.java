package org.researchml.core.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects whether the CPU supports AVX2, which the oneDNN/AVX2 builds of ND4J require.
 *
 * <p>Linux: the {@code flags} lines of {@code /proc/cpuinfo}. macOS on Intel: {@code sysctl -n
 * machdep.cpu.leaf7_features}. Windows: {@code IsProcessorFeaturePresent}. Other systems and failures
 * count as "no AVX2", so the generic build is used. The system property {@value #AVX2_PROPERTY} ({@code true} or {@code false}) overrides detection.
 */
final class CpuFeatures {

    /** System property that overrides AVX2 detection. */
    static final String AVX2_PROPERTY = "researchml.cpu.avx2";

    private static final Logger LOG = LoggerFactory.getLogger(CpuFeatures.class);

    private CpuFeatures() {
    }

    static boolean hasAvx2() {
        String override = System.getProperty(AVX2_PROPERTY);
        if (override != null) {
            return Boolean.parseBoolean(override);
        }
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("linux")) {
                return containsAvx2(Files.readString(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII));
            }
            if (os.contains("mac")) {
                return containsAvx2(runSysctl());
            }
            if (os.contains("windows")) {
                return WindowsCpuFeatures.hasAvx2();
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("Failed to detect AVX2, using the generic ND4J build: {}", e.toString());
        }
        return false;
    }

    static boolean containsAvx2(String cpuDescription) {
        for (String token : cpuDescription.toLowerCase(Locale.ROOT).split("[\\s:]+")) {
            if (token.equals("avx2")) {
                return true;
            }
        }
        return false;
    }

    private static String runSysctl() throws IOException {
        Process process = new ProcessBuilder("sysctl", "-n", "machdep.cpu.leaf7_features").redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            String output = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            process.waitFor(5, TimeUnit.SECONDS);
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running sysctl", e);
        }
    }
}
