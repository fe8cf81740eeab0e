package org.researchml.core.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

import org.deeplearning4j.config.DL4JClassLoading;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares ND4J, DeepLearning4J and JavaCPP before their first use, on a flat class path and inside OSGi.
 *
 * <p>ND4J remembers the thread context class loader of its first use and looks its backend up
 * through it; a first use from a thread whose context class loader is null or foreign fails with
 * {@code NoAvailableBackendException} until the JVM restarts. {@link #initialize()} therefore hands
 * ND4J and DL4J this library's own class loader, which sees the embedded jars and the native fragment,
 * and loads the backend once with that loader as context class loader.
 *
 * <p>It also sets two JavaCPP system properties unless the user set them:
 * <ul>
 * <li>{@value #CACHE_DIR_PROPERTY}: inside OSGi JavaCPP extracts native libraries to a folder named
 *     after the resource path alone, so two versions of this library would share one folder. The
 *     folder chosen here is {@code <user.home>/.researchml/javacpp-cache/<nd4j and javacpp versions>}.</li>
 * <li>{@value #PLATFORM_EXTENSION_PROPERTY}: set to the empty string on CPUs without AVX2, so JavaCPP
 *     loads the generic ND4J build instead of the oneDNN/AVX2 build, which would stop on such CPUs.</li>
 * </ul>
 * Call {@link #initialize()} before any ND4J or DL4J use; later calls return at once.
 */
public final class NativeRuntime {

    /** JavaCPP's system property for the folder that native libraries are extracted to. */
    public static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    /** JavaCPP's system property that picks the build variant (for example {@code -onednn-avx2}). */
    public static final String PLATFORM_EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

    private static final Logger LOG = LoggerFactory.getLogger(NativeRuntime.class);

    private static boolean initialized;

    private NativeRuntime() {
    }

    /**
     * Sets the class loaders and JavaCPP properties described above and loads the ND4J backend.
     *
     * @throws IllegalStateException if the ND4J native backend cannot be loaded, for example because
     *     the native fragment for this operating system and architecture is not installed
     */
    public static synchronized void initialize() {
        if (initialized) {
            return;
        }
        ClassLoader libraryLoader = NativeRuntime.class.getClassLoader();
        ND4JClassLoading.setNd4jClassloader(libraryLoader);
        DL4JClassLoading.setDl4jClassloader(libraryLoader);
        setIfAbsent(CACHE_DIR_PROPERTY, defaultCacheDirectory(libraryLoader).toString());
        if (!CpuFeatures.hasAvx2()) {
            setIfAbsent(PLATFORM_EXTENSION_PROPERTY, "");
        }

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(libraryLoader);
        try {
            String backend = Nd4j.getBackend().getClass().getSimpleName();
            LOG.info("ND4J backend {} loaded; JavaCPP cache folder {}", backend, System.getProperty(CACHE_DIR_PROPERTY));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("Failed to load the ND4J native backend for "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + ": install the Research ML native fragment for this platform. Cause: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        initialized = true;
    }

    /** Returns the versioned JavaCPP cache folder under the user's home folder. */
    static Path defaultCacheDirectory(ClassLoader loader) {
        String nd4jVersion = mavenVersion(loader, "org.nd4j", "nd4j-native");
        String javacppVersion = mavenVersion(loader, "org.bytedeco", "javacpp");
        return Path.of(System.getProperty("user.home"), ".researchml", "javacpp-cache",
                "nd4j-" + nd4jVersion + "_javacpp-" + javacppVersion);
    }

    private static String mavenVersion(ClassLoader loader, String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            LOG.warn("Failed to read {}: {}", resource, e.toString());
            return "unknown";
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
