package org.researchml.core.features;

import java.util.List;

/**
 * Feature rows, one per analysis window, with the window's timing and an optional class label.
 *
 * @param featureNames one name per column, for example {@code C3.:logvar} or {@code Cz.:power_8-12Hz}
 * @param rows {@code rows[window][feature]}; kept, not copied
 * @param windowStartSeconds recording time of each window's first sample
 * @param windowEndSeconds recording time just after each window's last sample
 * @param windowEndSample index of the sample just after each window (window covers {@code [end-length, end)})
 * @param labels class per window (0 = no event, 1 = event), or {@code null} when unlabeled
 */
public record FeatureTable(List<String> featureNames, double[][] rows, double[] windowStartSeconds,
        double[] windowEndSeconds, long[] windowEndSample, int[] labels) {

    public FeatureTable {
        featureNames = List.copyOf(featureNames);
        int n = rows.length;
        if (windowStartSeconds.length != n || windowEndSeconds.length != n || windowEndSample.length != n
                || (labels != null && labels.length != n)) {
            throw new IllegalArgumentException("All per-window arrays must have " + n + " entries.");
        }
        for (int i = 0; i < n; i++) {
            if (rows[i].length != featureNames.size()) {
                throw new IllegalArgumentException("Row " + i + " has " + rows[i].length + " values but there are "
                        + featureNames.size() + " feature names.");
            }
        }
    }

    public int rowCount() {
        return rows.length;
    }

    public int featureCount() {
        return featureNames.size();
    }

    /** Returns the same rows with other labels. */
    public FeatureTable withLabels(int[] newLabels) {
        return new FeatureTable(featureNames, rows, windowStartSeconds, windowEndSeconds, windowEndSample, newLabels);
    }
}
