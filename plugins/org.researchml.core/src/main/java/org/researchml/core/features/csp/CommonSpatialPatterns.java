package org.researchml.core.features.csp;

import java.util.Arrays;
import java.util.List;

import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits Common Spatial Patterns for two classes (label 0 = rest, 1 = event) from labelled samples or windows.
 *
 * <p>Steps: the covariance of each class, {@code C0} and {@code C1}, is computed around the class mean. The
 * composite {@code C = C0 + C1} is eigen-decomposed, and only directions with an eigenvalue above
 * {@code relativeTolerance} times the largest are kept. This matters after a common-average reference, which makes
 * every covariance one rank short (the all-ones direction has zero variance), so a plain generalized
 * eigen-decomposition would divide by zero or pick that direction. The kept directions whiten {@code C}, so
 * {@code P C P^T = I}. The whitened event covariance is eigen-decomposed as {@code P C1 P^T = B D B^T}, and its
 * eigenvalues, between 0 and 1, give the event share of the variance. The filters are the rows of {@code B^T P}
 * sorted by that share, and the {@code m} first and {@code m} last are kept. Because {@code W C W^T = I}, the patterns are the columns of {@code C W^T}.
 *
 * <p>Fit on training data only and apply the model to other recordings.
 */
public final class CommonSpatialPatterns {

    /** Default relative eigenvalue tolerance for the composite covariance. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-9;

    /** Sample label that leaves a sample out of both class covariances. */
    public static final int UNUSED = -1;

    private static final Logger LOGGER = LoggerFactory.getLogger(CommonSpatialPatterns.class);

    private CommonSpatialPatterns() {
    }

    /** Fits with {@link #DEFAULT_RELATIVE_TOLERANCE}; see {@link #fit(Recording, int[], int, double)}. */
    public static CspModel fit(Recording recording, int[] sampleLabels, int filterPairs) {
        return fit(recording, sampleLabels, filterPairs, DEFAULT_RELATIVE_TOLERANCE);
    }

    /**
     * Fits CSP filters from labelled samples of one recording.
     *
     * @param recording training recording
     * @param sampleLabels one label per sample: 0 (rest), 1 (event), or -1 to leave the sample out of both classes;
     *        0 and 1 must each occur at least twice
     * @param filterPairs number {@code m} of filters kept from each end, giving {@code 2m} virtual channels
     * @param relativeTolerance composite-covariance eigenvalues at or below this fraction of the largest are dropped
     * @return the fitted model
     * @throws IllegalArgumentException if labels do not fit the recording, a class is missing, or {@code 2m} exceeds
     *         the usable dimensions
     */
    public static CspModel fit(Recording recording, int[] sampleLabels, int filterPairs, double relativeTolerance) {
        int channelCount = recording.channelCount();
        checkArguments(recording, sampleLabels, filterPairs, relativeTolerance);
        double[][] restCovariance = ClassCovariance.of(recording.samples(), sampleLabels, 0);
        double[][] eventCovariance = ClassCovariance.of(recording.samples(), sampleLabels, 1);
        double[][] composite = new double[channelCount][channelCount];
        for (int i = 0; i < channelCount; i++) {
            for (int j = 0; j < channelCount; j++) {
                composite[i][j] = restCovariance[i][j] + eventCovariance[i][j];
            }
        }

        SymmetricEigenDecomposition compositeEigen = SymmetricEigenDecomposition.of(composite);
        double[] compositeValues = compositeEigen.eigenvalues();
        double largest = compositeValues[0];
        if (!(largest > 0)) {
            throw new IllegalArgumentException("All channels of the training recording are flat (zero variance), "
                    + "so no spatial filter can be fitted.");
        }
        int usable = 0;
        while (usable < channelCount && compositeValues[usable] > relativeTolerance * largest) {
            usable++;
        }
        if (2 * filterPairs > usable) {
            throw new IllegalArgumentException("filterPairs " + filterPairs + " needs " + (2 * filterPairs)
                    + " usable directions, but the channel covariance has only " + usable + " above the relative "
                    + "tolerance " + relativeTolerance + ". Use filterPairs <= " + usable / 2 + ".");
        }
        if (usable < channelCount) {
            LOGGER.info("CSP keeps {} of {} directions; the rest have eigenvalues below {} of the largest",
                    usable, channelCount, relativeTolerance);
        }

        double[][] whitening = new double[usable][];
        for (int r = 0; r < usable; r++) {
            double[] direction = compositeEigen.eigenvector(r);
            double scale = 1 / Math.sqrt(compositeValues[r]);
            for (int c = 0; c < channelCount; c++) {
                direction[c] *= scale;
            }
            whitening[r] = direction;
        }
        double[][] whitenedEvent = Matrices.congruence(whitening, eventCovariance);
        SymmetricEigenDecomposition eventEigen = SymmetricEigenDecomposition.of(whitenedEvent);
        double[] eventShares = eventEigen.eigenvalues();

        int filterCount = 2 * filterPairs;
        double[][] filters = new double[filterCount][];
        double[] shares = new double[filterCount];
        for (int j = 0; j < filterCount; j++) {
            int source = j < filterPairs ? j : usable - filterCount + j;
            double[] rotation = eventEigen.eigenvector(source);
            filters[j] = Matrices.transposeTimes(whitening, rotation);
            shares[j] = eventShares[source];
        }
        double[][] patterns = patternsWithPositivePeak(composite, filters);
        return new CspModel(recording.channelLabels(), filters, patterns, shares, usable);
    }

    /**
     * Fits CSP filters from windows of one recording: the samples inside {@code restWindows} form class 0 and those
     * inside {@code eventWindows} class 1; all other samples are left out.
     *
     * @throws IllegalArgumentException if a window lies outside the recording or a rest and an event window overlap,
     *         and in the cases of {@link #fit(Recording, int[], int, double)}
     */
    public static CspModel fitFromWindows(Recording recording, List<EventInterval> restWindows,
            List<EventInterval> eventWindows, int filterPairs) {
        int[] labels = new int[recording.sampleCount()];
        Arrays.fill(labels, UNUSED);
        for (int label = 0; label <= 1; label++) {
            List<EventInterval> windows = label == 0 ? restWindows : eventWindows;
            String name = label == 0 ? "restWindows" : "eventWindows";
            for (EventInterval window : windows) {
                if (window.endSample() > labels.length) {
                    throw new IllegalArgumentException("Window " + window + " in " + name + " ends after the last "
                            + "sample of the recording (" + labels.length + " samples).");
                }
                for (int i = window.startSample(); i < window.endSample(); i++) {
                    if (labels[i] != UNUSED && labels[i] != label) {
                        throw new IllegalArgumentException("Sample " + i + " lies in both a rest window and an event "
                                + "window. Make restWindows and eventWindows disjoint.");
                    }
                    labels[i] = label;
                }
            }
        }
        return fit(recording, labels, filterPairs, DEFAULT_RELATIVE_TOLERANCE);
    }

    /**
     * Computes the patterns {@code C w} and flips the sign of each filter and pattern so the pattern's largest
     * entry by magnitude is positive, which makes the arbitrary eigenvector sign reproducible.
     */
    private static double[][] patternsWithPositivePeak(double[][] composite, double[][] filters) {
        int channelCount = composite.length;
        double[][] patterns = new double[channelCount][filters.length];
        for (int j = 0; j < filters.length; j++) {
            double[] pattern = Matrices.times(composite, filters[j]);
            int peak = 0;
            for (int c = 1; c < channelCount; c++) {
                if (Math.abs(pattern[c]) > Math.abs(pattern[peak])) {
                    peak = c;
                }
            }
            double sign = pattern[peak] < 0 ? -1 : 1;
            for (int c = 0; c < channelCount; c++) {
                filters[j][c] *= sign;
                patterns[c][j] = sign * pattern[c];
            }
        }
        return patterns;
    }

    private static void checkArguments(Recording recording, int[] sampleLabels, int filterPairs,
            double relativeTolerance) {
        if (recording.channelCount() < 2) {
            throw new IllegalArgumentException("CSP needs at least 2 channels, the recording has "
                    + recording.channelCount() + ".");
        }
        if (filterPairs < 1) {
            throw new IllegalArgumentException("filterPairs must be at least 1, got " + filterPairs + ".");
        }
        if (!(relativeTolerance >= 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relativeTolerance must be in [0, 1), got " + relativeTolerance
                    + ". The default is " + DEFAULT_RELATIVE_TOLERANCE + ".");
        }
        if (sampleLabels == null || sampleLabels.length != recording.sampleCount()) {
            throw new IllegalArgumentException("Got " + (sampleLabels == null ? "no" : sampleLabels.length)
                    + " sample labels but the recording has " + recording.sampleCount()
                    + " samples. Give one label per sample.");
        }
        int[] counts = new int[2];
        for (int i = 0; i < sampleLabels.length; i++) {
            int label = sampleLabels[i];
            if (label != 0 && label != 1 && label != UNUSED) {
                throw new IllegalArgumentException("Sample label at index " + i + " is " + label
                        + ", expected 0 (rest), 1 (event) or -1 (not used).");
            }
            if (label != UNUSED) {
                counts[label]++;
            }
        }
        if (counts[0] < 2 || counts[1] < 2) {
            throw new IllegalArgumentException("CSP needs at least 2 samples of each class, got " + counts[0]
                    + " labelled 0 (rest) and " + counts[1] + " labelled 1 (event). Check the event labels.");
        }
    }
}
