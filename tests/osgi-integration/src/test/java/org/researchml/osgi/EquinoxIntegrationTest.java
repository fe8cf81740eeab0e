package org.researchml.osgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts Equinox with the packaged core bundle, its Linux native fragment, the node bundle and a stand-in
 * {@code org.knime.core}, then runs the U-Net and EEG ensemble paths inside the framework.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EquinoxIntegrationTest {

    private static Framework framework;
    private static final Map<String, Bundle> BUNDLES = new HashMap<>();

    @BeforeAll
    static void startFramework() throws Exception {
        Path bundles = Path.of(System.getProperty("researchml.bundlesDir"));
        Path storage = Path.of("target", "osgi-storage").toAbsolutePath();
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // slf4j-api and slf4j-simple 2.x require a ServiceLoader mediator, which KNIME ships (Apache Aries
        // SPI Fly). This test declares the mediator's capabilities instead, so both resolve.
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA,
                "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0.0,"
                        + "osgi.extender;osgi.extender=osgi.serviceloader.registrar;version:Version=1.0.0");
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        framework.start();

        BundleContext context = framework.getBundleContext();
        Path standIn = StandInBundle.create(bundles.resolve("knime-api-stand-in.jar"),
                Files.createDirectories(Path.of("target")).resolve("org.knime.core-stand-in.jar").toAbsolutePath());
        install(context, bundles.resolve("slf4j-api.jar"));
        install(context, bundles.resolve("slf4j-simple.jar"));
        install(context, bundles.resolve("org.researchml.core.jar"));
        install(context, bundles.resolve("org.researchml.core.natives.linux.x86_64.jar"));
        install(context, standIn);
        install(context, bundles.resolve("org.researchml.knime.jar"));
        install(context, Path.of(System.getProperty("researchml.probeBundle")));
        framework.adapt(FrameworkWiring.class).resolveBundles(null);
    }

    private static void install(BundleContext context, Path jar) throws Exception {
        assertTrue(Files.isRegularFile(jar), "Bundle jar not found: " + jar + "; build with mvn verify");
        Bundle bundle = context.installBundle(jar.toUri().toString());
        BUNDLES.put(bundle.getSymbolicName(), bundle);
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(30_000);
        }
    }

    @Test
    @Order(1)
    void everyBundleResolves() {
        for (Bundle bundle : BUNDLES.values()) {
            assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                    () -> bundle.getSymbolicName() + " is not resolved: " + resolutionFailure(bundle));
        }
    }

    @Test
    @Order(2)
    void nativeFragmentAttachesToCore() {
        Bundle core = BUNDLES.get("org.researchml.core");
        BundleWiring wiring = core.adapt(BundleWiring.class);
        List<String> fragments = new ArrayList<>();
        wiring.getProvidedWires(BundleRevision.HOST_NAMESPACE)
                .forEach(wire -> fragments.add(wire.getRequirer().getSymbolicName()));
        assertEquals(List.of("org.researchml.core.natives.linux.x86_64"), fragments);
    }

    @Test
    @Order(3)
    void coreStarts() throws Exception {
        Bundle core = BUNDLES.get("org.researchml.core");
        core.start();
        assertEquals(Bundle.ACTIVE, core.getState());
    }

    @Test
    @Order(4)
    void unetTrainsFromThreadWithoutContextLoader() throws Throwable {
        Method run = probeMethod("org.researchml.osgi.probe.UNetProbe", int.class);
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(run.invoke(null, 3));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "null-context-loader");
        worker.setContextClassLoader(null);
        worker.start();
        worker.join(240_000);
        if (failure.get() != null) {
            throw failure.get();
        }

        Map<?, ?> output = (Map<?, ?>) result.get();
        double[] losses = (double[]) output.get("losses");
        float[] probabilities = (float[]) output.get("probabilities");
        assertEquals(3, losses.length);
        for (double loss : losses) {
            assertTrue(Double.isFinite(loss), "loss " + loss);
            assertTrue(loss > 0, "loss " + loss);
        }
        assertEquals(output.get("pixelCount"), probabilities.length);
        for (float probability : probabilities) {
            assertTrue(probability >= 0, "probability " + probability);
            assertTrue(probability <= 1, "probability " + probability);
        }
        assertArrayEquals(probabilities, (float[]) output.get("reloadedProbabilities"), 1e-6f,
                "a saved and loaded model must predict what the trained one predicted");
        Path cache = Path.of(System.getProperty("org.bytedeco.javacpp.cachedir"));
        assertTrue(cache.getFileName().toString().startsWith("nd4j-1.0.0-M2.1_javacpp-"), "cache folder " + cache);
        try (Stream<Path> files = Files.walk(cache)) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().equals("libnd4jcpu.so")),
                    "libnd4jcpu.so not extracted under " + cache);
        }
    }

    @Test
    @Order(5)
    void eegEnsembleRunsInsideFramework() throws Exception {
        Path edf = Path.of(System.getProperty("researchml.dataDir"), "eeg", "eegmmidb-S001", "S001R03.edf");
        Method run = probeMethod("org.researchml.osgi.probe.EegEnsembleProbe", Path.class);

        Map<?, ?> output = (Map<?, ?>) run.invoke(null, edf);

        assertEquals(20000, output.get("sampleCount"));
        assertEquals(3, output.get("memberCount"));
        double[] probabilities = (double[]) output.get("probabilities");
        assertEquals(output.get("windowCount"), probabilities.length);
        double auc = (Double) output.get("trainingAuc");
        assertTrue(auc > 0.6, "training ROC AUC " + auc);
    }

    @Test
    @Order(6)
    void nodeFactoriesLoadFromNodeBundle() throws Exception {
        Bundle nodes = BUNDLES.get("org.researchml.knime");
        String pluginXml = Files.readString(Path.of(System.getProperty("researchml.knimePluginXml")));
        Matcher matcher = Pattern.compile("factory-class=\"([^\"]+)\"").matcher(pluginXml);
        int count = 0;
        while (matcher.find()) {
            Class<?> factory = nodes.loadClass(matcher.group(1));
            Object instance = factory.getConstructor().newInstance();
            assertNotNull(instance);
            assertEquals("org.knime.core.node.NodeFactory", superclassNamed(factory, "org.knime.core.node.NodeFactory"));
            String descriptionPath = matcher.group(1).replace('.', '/') + ".xml";
            assertNotNull(nodes.getEntry(descriptionPath), "node description of " + matcher.group(1));
            String description = new String(nodes.getEntry(descriptionPath).openStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Matcher icon = Pattern.compile("<knimeNode[^>]*\\sicon=\"([^\"]+)\"").matcher(description);
            assertTrue(icon.find(), "no icon in " + descriptionPath);
            assertNotNull(factory.getResource(icon.group(1)), "icon " + icon.group(1) + " of " + matcher.group(1));
            count++;
        }
        assertFalse(count == 0, "plugin.xml lists no node factories");
        assertNotNull(nodes.getEntry("plugin.xml"));
    }

    @Test
    @Order(6)
    void everyNodeBundleClassLinks() throws Exception {
        Bundle nodes = BUNDLES.get("org.researchml.knime");
        List<java.net.URL> classFiles = java.util.Collections.list(nodes.findEntries("org/researchml/knime", "*.class", true));
        assertFalse(classFiles.isEmpty());
        for (java.net.URL classFile : classFiles) {
            String name = classFile.getPath().substring(1).replace(".class", "").replace('/', '.');
            Class<?> type = nodes.loadClass(name);
            // Resolving the signatures loads every referenced type: KNIME, core, JRE (javax.swing) and own.
            type.getDeclaredMethods();
            type.getDeclaredFields();
            type.getDeclaredConstructors();
        }
    }

    @Test
    @Order(7)
    void unetTrainsAfterCoreRefresh() throws Throwable {
        Bundle core = BUNDLES.get("org.researchml.core");
        java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(List.of(core), event -> refreshed.countDown());
        assertTrue(refreshed.await(60, java.util.concurrent.TimeUnit.SECONDS), "refresh timed out");

        Map<?, ?> output = (Map<?, ?>) probeMethod("org.researchml.osgi.probe.UNetProbe", int.class).invoke(null, 2);

        assertEquals(2, ((double[]) output.get("losses")).length);
    }

    @Test
    @Order(8)
    void missingFragmentGivesClearError() throws Exception {
        Path bundles = Path.of(System.getProperty("researchml.bundlesDir"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Path.of("target", "osgi-storage-no-natives").toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA,
                "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0.0,"
                        + "osgi.extender;osgi.extender=osgi.serviceloader.registrar;version:Version=1.0.0");
        Framework withoutNatives = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(config);
        withoutNatives.start();
        try {
            BundleContext context = withoutNatives.getBundleContext();
            context.installBundle(bundles.resolve("slf4j-api.jar").toUri().toString());
            context.installBundle(bundles.resolve("slf4j-simple.jar").toUri().toString());
            context.installBundle(bundles.resolve("org.researchml.core.jar").toUri().toString());
            Bundle probe = context.installBundle(Path.of(System.getProperty("researchml.probeBundle")).toUri().toString());
            Method run = probe.loadClass("org.researchml.osgi.probe.UNetProbe").getMethod("run", int.class);

            java.lang.reflect.InvocationTargetException error = org.junit.jupiter.api.Assertions.assertThrows(
                    java.lang.reflect.InvocationTargetException.class, () -> run.invoke(null, 1));

            Throwable cause = error.getCause();
            assertEquals(IllegalStateException.class, cause.getClass(), String.valueOf(cause));
            assertTrue(cause.getMessage().startsWith("Failed to load the ND4J native backend for Linux"),
                    cause.getMessage());
            assertTrue(cause.getMessage().contains("install the Research ML native fragment for this platform"),
                    cause.getMessage());
        } finally {
            withoutNatives.stop();
            withoutNatives.waitForStop(30_000);
        }
    }

    /** Returns the framework's explanation of why {@code bundle} does not resolve. */
    private static String resolutionFailure(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return "fragment in state " + bundle.getState();
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "resolved on start";
        } catch (org.osgi.framework.BundleException e) {
            return e.getMessage();
        }
    }

    private static String superclassNamed(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (current.getName().equals(name)) {
                return name;
            }
        }
        return type.getName() + " does not extend " + name;
    }

    private static Method probeMethod(String className, Class<?> parameter) throws Exception {
        Class<?> probe = BUNDLES.get("org.researchml.osgi.probe").loadClass(className);
        return probe.getMethod("run", parameter);
    }
}
