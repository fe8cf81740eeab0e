package org.researchml.core.study;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.researchml.core.ensemble.EnsembleModelIO;
import org.researchml.core.ensemble.InterpretationRow;
import org.researchml.core.metrics.DetectionMetrics;
import org.researchml.core.plot.PlotWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a study's outputs: the model, {@code metrics.json}, {@code predictions.csv}, {@code interpretation.csv}
 * and PNG plots. Everything is written into a temporary folder first and moved into place at the end, so a
 * failure leaves no half-written output behind.
 */
final class StudyOutputs {

    /** Seconds of signal shown in the excerpt plot. */
    private static final double EXCERPT_SECONDS = 40;

    /** Channels over the motor cortex shown in the excerpt plot, compared without EEGMMIDB's trailing dots. */
    private static final List<String> EXCERPT_CHANNELS = List.of("C3", "Cz", "C4");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StudyOutputs() {
    }

    static void write(EegStudyResult result) throws IOException {
        Path folder = result.outputFolder();
        Files.createDirectories(folder);
        Path staging = Files.createTempDirectory(folder, ".partial-");
        try {
            Files.createDirectories(staging.resolve("model"));
            EnsembleModelIO.save(result.model(), staging.resolve("model").resolve("ensemble.zip"));
            MAPPER.writeValue(staging.resolve("model").resolve("study.json").toFile(), studyDocument(result));
            MAPPER.writeValue(staging.resolve("metrics.json").toFile(), metricsDocument(result));
            writePredictions(staging.resolve("predictions.csv"), result);
            writeInterpretation(staging.resolve("interpretation.csv"), result.model().interpretation());
            for (EegTestResult test : result.tests()) {
                writePlots(staging, test, prefix(result, test));
            }
            moveAll(staging, folder);
        } finally {
            deleteRecursively(staging);
        }
    }

    private static String prefix(EegStudyResult result, EegTestResult test) {
        if (result.tests().size() == 1) {
            return "";
        }
        String name = test.name();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-";
    }

    private static ObjectNode studyDocument(EegStudyResult result) {
        EegStudySettings settings = result.settings();
        ObjectNode root = MAPPER.createObjectNode();
        root.set("settings", MAPPER.valueToTree(settings));
        ArrayNode steps = root.putArray("preprocessing");
        Preprocessing.describe(settings).forEach(steps::add);
        root.put("threshold", result.model().threshold());
        ArrayNode features = root.putArray("featureNames");
        result.model().featureNames().forEach(features::add);
        if (result.csp() != null) {
            ObjectNode csp = root.putObject("commonSpatialPatterns");
            ArrayNode channels = csp.putArray("channels");
            result.csp().channelLabels().forEach(channels::add);
            csp.set("filters", MAPPER.valueToTree(result.csp().filters()));
            csp.set("patterns", MAPPER.valueToTree(result.csp().patterns()));
        }
        return root;
    }

    private static ObjectNode metricsDocument(EegStudyResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode train = root.putArray("trainFiles");
        result.trainFiles().forEach(f -> train.add(f.getFileName().toString()));
        root.put("fitWindows", result.fitWindowCount());
        root.put("validationWindows", result.validationWindowCount());
        root.put("threshold", result.model().threshold());
        root.put("targetFalseAlarmRate", result.settings().targetFalseAlarmRate());
        root.put("trainingSeconds", result.trainingSeconds());
        root.put("totalSeconds", result.totalSeconds());
        ObjectNode tests = root.putObject("tests");
        for (EegTestResult test : result.tests()) {
            tests.set(test.name(), test.report().toJsonTree());
        }
        return root;
    }

    private static void writePredictions(Path file, EegStudyResult result) throws IOException {
        double threshold = result.model().threshold();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("file,sample,time_s,truth,probability,detected\n");
            for (EegTestResult test : result.tests()) {
                int[] truth = test.prepared().sampleLabels();
                double[] probability = test.sampleProbability();
                for (int s = 0; s < probability.length; s++) {
                    out.write(String.format(Locale.ROOT, "%s,%d,%.5f,%d,%.6f,%d%n", test.name(), s,
                            test.prepared().recording().timeOfSample(s), truth[s], probability[s],
                            probability[s] > threshold ? 1 : 0));
                }
            }
        }
    }

    private static void writeInterpretation(Path file, List<InterpretationRow> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("member,feature,value_kind,value\n");
            for (InterpretationRow row : rows) {
                out.write(csv(row.member()) + "," + csv(row.feature()) + "," + csv(row.valueKind()) + ","
                        + String.format(Locale.ROOT, "%.8g", row.value()) + "\n");
            }
        }
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void writePlots(Path folder, EegTestResult test, String prefix) throws IOException {
        String name = test.name();
        if (test.report().rocCurve() != null) {
            PlotWriter.rocCurve(folder.resolve(prefix + "roc.png"), test.report().rocCurve(), "ROC curve, " + name);
        }
        PlotWriter.confusionMatrix(folder.resolve(prefix + "confusion-matrix.png"), test.report().confusionMatrix(),
                "Sample-level confusion matrix, " + name);

        var recording = test.prepared().recording();
        List<Integer> channels = new ArrayList<>();
        for (String wanted : EXCERPT_CHANNELS) {
            for (int c = 0; c < recording.channelCount(); c++) {
                if (recording.channelLabels().get(c).replaceAll("\\.+$", "").equalsIgnoreCase(wanted)) {
                    channels.add(c);
                    break;
                }
            }
        }
        for (int c = 0; channels.size() < 3 && c < recording.channelCount(); c++) {
            if (!channels.contains(c)) {
                channels.add(c);
            }
        }
        int length = (int) Math.min(recording.sampleCount(), Math.round(EXCERPT_SECONDS * recording.samplingRateHz()));
        int start = Math.max(0, Math.min(recording.sampleCount() - length,
                (int) Math.round(recording.samplingRateHz() * 2)));
        double[][] excerpt = new double[channels.size()][];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            excerpt[i] = java.util.Arrays.copyOfRange(recording.channel(channels.get(i)), start, start + length);
            labels.add(recording.channelLabels().get(channels.get(i)));
        }
        int[] truth = java.util.Arrays.copyOfRange(test.prepared().sampleLabels(), start, start + length);
        int[] detected = java.util.Arrays.copyOfRange(
                DetectionMetrics.predict(test.sampleProbability(), test.report().threshold()), start, start + length);
        String unit = recording.physicalUnits().get(channels.get(0));
        PlotWriter.signalExcerpt(folder.resolve(prefix + "signal-excerpt.png"), excerpt, labels, unit,
                recording.samplingRateHz(), recording.timeOfSample(start), truth, detected,
                "Filtered EEG with true events (shaded) and detections (red), " + name);
    }

    private static void moveAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files.sorted()::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
