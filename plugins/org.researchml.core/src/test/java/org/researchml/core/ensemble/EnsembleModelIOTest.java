package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.ProgressListener;

class EnsembleModelIOTest {

    private static FeatureTable train;
    private static FeatureTable test;
    private static EnsembleModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void trainAllKinds() throws Exception {
        train = SyntheticEvents.table(1500, 5, 0.3, 11);
        test = SyntheticEvents.table(500, 5, 0.3, 12);
        List<MemberSpec> members = new ArrayList<>();
        for (MemberKind kind : MemberKind.values()) {
            members.add(MemberSpec.of(kind));
        }
        members.set(4, MemberSpec.of(MemberKind.RANDOM_FOREST).with("numberOfTrees", 20));
        members.set(5, MemberSpec.of(MemberKind.HISTOGRAM_RANDOM_FOREST).with("numberOfTrees", 20));
        members.add(MemberSpec.of(MemberKind.NAIVE_BAYES).with("useKernelEstimator", true));
        EnsembleSettings settings = EnsembleSettings.softVoting(members).withTargetFalseAlarmRate(0.01)
                .withCombination(Combination.STACKING).withExecution(3, 3, 2);
        model = EnsembleLearner.train(train, settings, ProgressListener.NONE);
    }

    @Test
    void roundTripSameProbabilities() throws Exception {
        Path file = folder.resolve("model.zip");
        EnsembleModelIO.save(model, file);
        EnsembleModel loaded = EnsembleModelIO.load(file);

        assertArrayEquals(model.predictProbabilities(test), loaded.predictProbabilities(test), 0.0);
        assertEquals(model.threshold(), loaded.threshold(), 0.0);
        assertEquals(model.settings(), loaded.settings());
        assertEquals(model.featureNames(), loaded.featureNames());
        assertEquals(model.interpretation(), loaded.interpretation());
        assertArrayEquals(model.stacking().coefficients(), loaded.stacking().coefficients(), 0.0);
    }

    @Test
    void saveLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("sub").resolve("model.zip");
        EnsembleModelIO.save(model, file);
        EnsembleModelIO.save(model, file);

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()),
                    files.map(path -> path.getFileName().toString()).toList());
        }
    }

    @Test
    void loadRejectsForeignSerializedClass() throws Exception {
        Path file = folder.resolve("model.zip");
        EnsembleModelIO.save(model, file);
        ConcurrentHashMap<String, String> payload = new ConcurrentHashMap<>();
        payload.put("key", "value");
        Path crafted = replaceFirstMember(file, EnsembleModelIO.serialize(payload));

        IOException error = assertThrows(IOException.class, () -> EnsembleModelIO.load(crafted));
        assertTrue(error.getMessage().contains("rejected serialized class java.util.concurrent.ConcurrentHashMap"),
                error.getMessage());
        assertTrue(error.getMessage().contains("allow-list"), error.getMessage());
    }

    @Test
    void loadRejectsTestClass() throws Exception {
        Path file = folder.resolve("model.zip");
        EnsembleModelIO.save(model, file);
        Path crafted = replaceFirstMember(file, EnsembleModelIO.serialize(new ForeignPayload()));

        IOException error = assertThrows(IOException.class, () -> EnsembleModelIO.load(crafted));
        assertTrue(error.getMessage().contains(ForeignPayload.class.getName()), error.getMessage());
        assertEquals(0, ForeignPayload.instancesRead);
    }

    @Test
    void loadNonModelNamesFile() throws Exception {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "not a model");

        IOException error = assertThrows(IOException.class, () -> EnsembleModelIO.load(text));
        assertTrue(error.getMessage().contains(text.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("is not an ensemble model file"), error.getMessage());
    }

    @Test
    void loadZipWithoutDocument() throws Exception {
        Path zip = folder.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        IOException error = assertThrows(IOException.class, () -> EnsembleModelIO.load(zip));
        assertTrue(error.getMessage().contains(zip.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("no model.json"), error.getMessage());
    }

    @Test
    void loadMissingFile() {
        Path missing = folder.resolve("missing.zip");

        IOException error = assertThrows(IOException.class, () -> EnsembleModelIO.load(missing));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    }

    /** Copies a model file with the first member entry replaced by other bytes. */
    private Path replaceFirstMember(Path file, byte[] bytes) throws IOException {
        Path crafted = folder.resolve("crafted.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                OutputStream raw = Files.newOutputStream(crafted);
                ZipOutputStream out = new ZipOutputStream(raw)) {
            ZipEntry entry;
            boolean replaced = false;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (!replaced && entry.getName().startsWith("members/")) {
                    content = bytes;
                    replaced = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return crafted;
    }

    /** Serializable class of this test that the loader must never instantiate. */
    static final class ForeignPayload implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        static int instancesRead;

        private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            instancesRead++;
        }
    }
}
