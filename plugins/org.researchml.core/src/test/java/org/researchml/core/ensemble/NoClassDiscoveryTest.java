package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.trees.RandomForest;

/**
 * Guards against Weka's class discovery in this package: inside an OSGi bundle it finds no classifiers, so members
 * must be created with {@code new}.
 */
class NoClassDiscoveryTest {

    private static final List<String> FORBIDDEN = List.of("GenericObjectEditor", "ClassDiscovery", "PluginManager",
            "forName(", "setOptions(", "Utils.splitOptions", "GenericPropertiesCreator", "ConverterUtils",
            "SerializationHelper");

    private static final Path SOURCES = Path.of("src/main/java/org/researchml/core/ensemble");

    @Test
    void sourcesAvoidClassDiscovery() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int k = 0; k < lines.size(); k++) {
                    for (String word : FORBIDDEN) {
                        if (lines.get(k).contains(word) && !lines.get(k).trim().startsWith("*")) {
                            hits.add(file.getFileName() + ":" + (k + 1) + " uses " + word);
                        }
                    }
                }
            }
        }

        assertEquals(List.of(), hits);
    }

    @Test
    void sourceFolderFound() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertFalse(files.filter(path -> path.getFileName().toString().equals("MemberFactory.java")).toList()
                    .isEmpty());
        }
    }

    @Test
    void membersHaveExplicitClasses() {
        Map<MemberKind, Class<?>> expected = Map.of(
                MemberKind.LOGISTIC_REGRESSION, RidgeLogisticRegression.class,
                MemberKind.LINEAR_DISCRIMINANT, LinearDiscriminant.class,
                MemberKind.NAIVE_BAYES, NaiveBayes.class,
                MemberKind.J48, InspectableJ48.class,
                MemberKind.RANDOM_FOREST, RandomForest.class,
                MemberKind.HISTOGRAM_RANDOM_FOREST, HistogramRandomForest.class);

        for (MemberKind kind : MemberKind.values()) {
            assertEquals(expected.get(kind), MemberFactory.create(MemberSpec.of(kind)).getClass(), kind.name());
        }
    }
}
