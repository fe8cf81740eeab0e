package org.researchml.core.study;

import java.util.ArrayList;
import java.util.List;

import org.researchml.core.features.FeatureKind;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.FrequencyBand;
import org.researchml.core.features.WindowFeatureExtractor;
import org.researchml.core.features.WindowFeatureSettings;
import org.researchml.core.features.csp.CspModel;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/**
 * Builds a study's feature table: log-variance and band power per channel, plus the log-variance of the
 * Common Spatial Pattern components when a CSP model is given.
 */
final class StudyFeatures {

    private static final String POWER_MARK = ":power_";

    private StudyFeatures() {
    }

    static FeatureTable extract(PreparedRecording prepared, EegStudySettings settings, CspModel csp,
            ProgressListener progress) throws CanceledException {
        List<FrequencyBand> bands = new ArrayList<>();
        for (double[] band : settings.bandsHz()) {
            bands.add(new FrequencyBand(band[0], band[1]));
        }
        List<FeatureKind> kinds = bands.isEmpty() ? List.of(FeatureKind.LOG_VARIANCE)
                : List.of(FeatureKind.LOG_VARIANCE, FeatureKind.BAND_POWER);
        WindowFeatureSettings channelFeatures = new WindowFeatureSettings(settings.windowSeconds(),
                settings.stepSeconds(), kinds, bands, List.of());
        double channelShare = csp == null ? 1.0 : 0.8;
        FeatureTable table = logBandPower(WindowFeatureExtractor.extract(prepared.recording(), channelFeatures,
                prepared.sampleLabels(), progress.subProgress(0, channelShare)));
        if (csp == null) {
            return table;
        }
        WindowFeatureSettings cspFeatures = WindowFeatureSettings.logVariance(settings.windowSeconds(),
                settings.stepSeconds());
        FeatureTable cspTable = WindowFeatureExtractor.extract(csp.apply(prepared.recording()), cspFeatures,
                prepared.sampleLabels(), progress.subProgress(channelShare, 1 - channelShare));
        return appendColumns(table, cspTable);
    }

    /**
     * Replaces band power by its natural logarithm, because band power is skewed over orders of magnitude and the
     * linear members (logistic regression, LDA, naive Bayes) assume roughly symmetric features.
     * Columns {@code CH:power_B} become {@code CH:logpower_B}.
     */
    static FeatureTable logBandPower(FeatureTable table) {
        List<String> names = new ArrayList<>(table.featureNames());
        List<Integer> powerColumns = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            if (names.get(f).contains(POWER_MARK)) {
                powerColumns.add(f);
                names.set(f, names.get(f).replace(POWER_MARK, ":logpower_"));
            }
        }
        if (powerColumns.isEmpty()) {
            return table;
        }
        double[][] rows = new double[table.rowCount()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = table.rows()[r].clone();
            for (int f : powerColumns) {
                rows[r][f] = Math.log(Math.max(rows[r][f], Double.MIN_NORMAL));
            }
        }
        return new FeatureTable(names, rows, table.windowStartSeconds(), table.windowEndSeconds(),
                table.windowEndSample(), table.labels());
    }

    /** Joins two tables of the same windows side by side. */
    static FeatureTable appendColumns(FeatureTable left, FeatureTable right) {
        if (left.rowCount() != right.rowCount()) {
            throw new IllegalArgumentException("Cannot join feature tables of " + left.rowCount() + " and "
                    + right.rowCount() + " windows.");
        }
        for (int r = 0; r < left.rowCount(); r++) {
            if (left.windowEndSample()[r] != right.windowEndSample()[r]) {
                throw new IllegalArgumentException("Cannot join feature tables: window " + r + " ends at sample "
                        + left.windowEndSample()[r] + " in one and " + right.windowEndSample()[r] + " in the other.");
            }
        }
        List<String> names = new ArrayList<>(left.featureNames());
        names.addAll(right.featureNames());
        double[][] rows = new double[left.rowCount()][];
        for (int r = 0; r < rows.length; r++) {
            double[] joined = new double[names.size()];
            System.arraycopy(left.rows()[r], 0, joined, 0, left.featureCount());
            System.arraycopy(right.rows()[r], 0, joined, left.featureCount(), right.featureCount());
            rows[r] = joined;
        }
        return new FeatureTable(names, rows, left.windowStartSeconds(), left.windowEndSeconds(),
                left.windowEndSample(), left.labels());
    }

    /**
     * Keeps the windows selected by a predicate on their sample range.
     *
     * @param windowSamples window length in samples
     * @param fromSample first sample a kept window may cover
     * @param toSample sample after the last one a kept window may cover
     */
    static FeatureTable windowsWithin(FeatureTable table, int windowSamples, long fromSample, long toSample) {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            long end = table.windowEndSample()[r];
            if (end - windowSamples >= fromSample && end <= toSample) {
                kept.add(r);
            }
        }
        double[][] rows = new double[kept.size()][];
        double[] starts = new double[kept.size()];
        double[] ends = new double[kept.size()];
        long[] endSamples = new long[kept.size()];
        int[] labels = table.labels() == null ? null : new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            int r = kept.get(i);
            rows[i] = table.rows()[r];
            starts[i] = table.windowStartSeconds()[r];
            ends[i] = table.windowEndSeconds()[r];
            endSamples[i] = table.windowEndSample()[r];
            if (labels != null) {
                labels[i] = table.labels()[r];
            }
        }
        return new FeatureTable(table.featureNames(), rows, starts, ends, endSamples, labels);
    }

    /** Stacks tables with the same columns, one below the other. */
    static FeatureTable concatRows(List<FeatureTable> tables) {
        FeatureTable first = tables.get(0);
        int total = tables.stream().mapToInt(FeatureTable::rowCount).sum();
        double[][] rows = new double[total][];
        double[] starts = new double[total];
        double[] ends = new double[total];
        long[] endSamples = new long[total];
        int[] labels = new int[total];
        int offset = 0;
        for (FeatureTable table : tables) {
            if (!table.featureNames().equals(first.featureNames())) {
                throw new IllegalArgumentException("All recordings must give the same feature columns; "
                        + "check that they have the same channels and sampling rate.");
            }
            System.arraycopy(table.rows(), 0, rows, offset, table.rowCount());
            System.arraycopy(table.windowStartSeconds(), 0, starts, offset, table.rowCount());
            System.arraycopy(table.windowEndSeconds(), 0, ends, offset, table.rowCount());
            System.arraycopy(table.windowEndSample(), 0, endSamples, offset, table.rowCount());
            System.arraycopy(table.labels(), 0, labels, offset, table.rowCount());
            offset += table.rowCount();
        }
        return new FeatureTable(first.featureNames(), rows, starts, ends, endSamples, labels);
    }
}
