package org.researchml.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.researchml.core.ensemble.EnsembleLearner;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.EnsembleSettings;
import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.MemberSpec;
import org.researchml.core.ensemble.RocAuc;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/**
 * Times soft voting of logistic regression, LDA and random forest on CSV feature tables.
 *
 * <p>The CSVs have a header of feature names followed by {@code label} (0 or 1), as written by
 * {@code bench/python/make_ensemble_data.py}. {@code bench/python/ensemble_bench.py} runs scikit-learn with the
 * same member settings on the same files.
 */
public final class EnsembleBench {

    /** Training time in seconds and ROC AUC on the test rows. */
    public record Result(double trainSeconds, double testAuc, int trainRows, int features) {
    }

    private EnsembleBench() {
    }

    /**
     * Trains the ensemble on one CSV and evaluates it on another.
     *
     * @param forestKind {@link MemberKind#HISTOGRAM_RANDOM_FOREST} or {@link MemberKind#RANDOM_FOREST} (Weka's)
     * @param trees number of random-forest trees
     * @param maxDepth maximum tree depth, 0 = unlimited
     * @param minLeafSize minimum rows per leaf
     */
    public static Result run(Path trainCsv, Path testCsv, MemberKind forestKind, int trees, int maxDepth,
            int minLeafSize)
            throws IOException, CanceledException {
        FeatureTable train = readCsv(trainCsv);
        FeatureTable test = readCsv(testCsv);
        List<MemberSpec> members = List.of(
                MemberSpec.of(MemberKind.LOGISTIC_REGRESSION),
                MemberSpec.of(MemberKind.LINEAR_DISCRIMINANT),
                MemberSpec.of(forestKind).with("numberOfTrees", trees).with("maxDepth", maxDepth)
                        .with("minLeafSize", minLeafSize));
        long start = System.nanoTime();
        EnsembleModel model = EnsembleLearner.train(train, EnsembleSettings.softVoting(members),
                ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double auc = RocAuc.compute(model.predictProbabilities(test), test.labels());
        return new Result(seconds, auc, train.rowCount(), train.featureCount());
    }

    /**
     * Reads a CSV with a header of feature names and a last column {@code label}.
     *
     * @throws IOException naming the file and line when a line has the wrong number of values or a value is not a
     *         number
     */
    public static FeatureTable readCsv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> names;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException("CSV file " + file + " is empty; expected a header f1,...,label.");
            }
            List<String> columns = Arrays.asList(header.split(","));
            if (!columns.get(columns.size() - 1).trim().equals("label")) {
                throw new IOException("CSV file " + file + " has last column '" + columns.get(columns.size() - 1)
                        + "'; expected 'label'.");
            }
            names = columns.subList(0, columns.size() - 1);
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String[] fields = line.split(",");
                if (fields.length != columns.size()) {
                    throw new IOException("CSV file " + file + ", line " + lineNumber + " has " + fields.length
                            + " values; expected " + columns.size() + ".");
                }
                double[] values = new double[names.size()];
                try {
                    for (int j = 0; j < values.length; j++) {
                        values[j] = Double.parseDouble(fields[j]);
                    }
                    labels.add((int) Double.parseDouble(fields[values.length]));
                } catch (NumberFormatException e) {
                    throw new IOException("CSV file " + file + ", line " + lineNumber + " has a value that is not a "
                            + "number: " + e.getMessage(), e);
                }
                rows.add(values);
            }
        }
        int n = rows.size();
        double[] start = new double[n];
        double[] end = new double[n];
        long[] endSample = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = i;
            end[i] = i + 1;
            endSample[i] = i + 1;
        }
        int[] labelArray = labels.stream().mapToInt(Integer::intValue).toArray();
        return new FeatureTable(names, rows.toArray(new double[0][]), start, end, endSample, labelArray);
    }

    /**
     * Runs the benchmark: {@code EnsembleBench TRAIN.csv TEST.csv [TREES [MAX_DEPTH [MIN_LEAF [FOREST]]]]}, defaults
     * 100, 16, 5 and {@code HISTOGRAM_RANDOM_FOREST} (or {@code RANDOM_FOREST} for Weka's forest).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: EnsembleBench TRAIN.csv TEST.csv [TREES [MAX_DEPTH [MIN_LEAF [FOREST]]]]");
            System.exit(2);
        }
        int trees = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int maxDepth = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int minLeaf = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        MemberKind forestKind = args.length > 5 ? MemberKind.valueOf(args[5]) : MemberKind.HISTOGRAM_RANDOM_FOREST;
        Result result = run(Path.of(args[0]), Path.of(args[1]), forestKind, trees, maxDepth, minLeaf);
        System.out.printf("Ensemble soft voting with " + forestKind + ": train %.1f s, test AUC %.4f (%d rows x %d features)%n",
                result.trainSeconds(), result.testAuc(), result.trainRows(), result.features());
    }
}
