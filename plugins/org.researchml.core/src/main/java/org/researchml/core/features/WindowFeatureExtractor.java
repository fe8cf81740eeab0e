package org.researchml.core.features;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.researchml.core.eeg.Recording;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes per-channel features over sliding windows of a recording.
 *
 * <p>Each window covers {@code [end - N, end)} samples and lies inside one contiguous segment. The first window of a
 * segment ends {@code N} samples after the segment start, and later ones follow every {@code step} samples while they
 * fit. Columns are ordered channel by channel, and within a channel as in {@link WindowFeatureSettings#kinds()}.
 * Channels are processed in parallel on the common fork-join pool.
 */
public final class WindowFeatureExtractor {

    private static final Logger LOGGER = LoggerFactory.getLogger(WindowFeatureExtractor.class);

    /** Windows between two progress reports and cancellation checks within one channel. */
    private static final int WINDOWS_PER_CHECK = 2048;

    /**
     * Logarithm used for a window with zero variance (a flat channel), so the table stays finite. It is
     * {@code ln(Double.MIN_NORMAL)}, about -708.4.
     */
    public static final double LOG_OF_ZERO_VARIANCE = Math.log(Double.MIN_NORMAL);

    private WindowFeatureExtractor() {
    }

    /**
     * Extracts window features.
     *
     * @param recording input signals, typically already filtered
     * @param settings window length, step and feature kinds
     * @param sampleLabels one 0/1 label per sample, or {@code null}; a window gets the label of its last sample,
     *        so that a causal detector uses only the past
     * @param progress receives progress and may cancel
     * @return one row per window
     * @throws IllegalArgumentException if a setting does not fit the recording or the labels do not fit the samples
     * @throws CanceledException if {@code progress} requests cancellation
     */
    public static FeatureTable extract(Recording recording, WindowFeatureSettings settings, int[] sampleLabels,
            ProgressListener progress) throws CanceledException {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        if (recording.channelCount() == 0) {
            throw new IllegalArgumentException("The recording has no channels, so there are no features to extract.");
        }
        checkLabels(recording, sampleLabels);
        WindowPlan plan = WindowPlan.resolve(recording, settings);
        int windowCount = plan.windowEnds.length;
        int channelCount = recording.channelCount();
        LOGGER.debug("Extracting {} features per channel from {} windows of {} samples on {} channels",
                plan.featuresPerChannel, windowCount, plan.windowSamples, channelCount);

        double[][] rows = new double[windowCount][plan.featureNames.size()];
        AtomicLong windowsDone = new AtomicLong();
        long totalWork = (long) windowCount * channelCount;
        try {
            IntStream.range(0, channelCount).parallel().forEach(channel -> {
                try {
                    extractChannel(recording.channel(channel), channel, plan, rows, listener, windowsDone, totalWork);
                } catch (CanceledException e) {
                    throw new CanceledWrapper(e);
                }
            });
        } catch (CanceledWrapper e) {
            throw e.canceled;
        }
        listener.progress(1, "Window features done");

        double[] startSeconds = new double[windowCount];
        double[] endSeconds = new double[windowCount];
        long[] endSamples = new long[windowCount];
        int[] labels = sampleLabels == null ? null : new int[windowCount];
        double samplePeriod = 1 / recording.samplingRateHz();
        for (int w = 0; w < windowCount; w++) {
            int end = plan.windowEnds[w];
            startSeconds[w] = plan.timeline.secondsOf(end - plan.windowSamples);
            endSeconds[w] = plan.timeline.secondsOf(end - 1) + samplePeriod;
            endSamples[w] = end;
            if (labels != null) {
                labels[w] = sampleLabels[end - 1];
            }
        }
        return new FeatureTable(plan.featureNames, rows, startSeconds, endSeconds, endSamples, labels);
    }

    private static void extractChannel(double[] signal, int channel, WindowPlan plan, double[][] rows,
            ProgressListener listener, AtomicLong windowsDone, long totalWork) throws CanceledException {
        WindowFeatureSettings settings = plan.settings;
        boolean needsMoments = settings.kinds().contains(FeatureKind.LOG_VARIANCE)
                || settings.kinds().contains(FeatureKind.MEAN);
        SlidingMoments moments = needsMoments ? new SlidingMoments(signal, plan.windowSamples) : null;
        BandPowerEstimator bandPower = settings.kinds().contains(FeatureKind.BAND_POWER)
                ? new BandPowerEstimator(signal, plan.windowSamples, plan.timeline.samplingRateHz(),
                        settings.bands())
                : null;
        int firstColumn = channel * plan.featuresPerChannel;
        int[] windowEnds = plan.windowEnds;
        for (int w = 0; w < windowEnds.length; w++) {
            if (w % WINDOWS_PER_CHECK == 0 && w > 0) {
                listener.checkCanceled();
                long done = windowsDone.addAndGet(WINDOWS_PER_CHECK);
                synchronized (listener) {
                    listener.progress((double) done / totalWork, "Window features");
                }
            }
            int end = windowEnds[w];
            double[] row = rows[w];
            int column = firstColumn;
            if (moments != null) {
                moments.moveTo(end);
            }
            for (FeatureKind kind : settings.kinds()) {
                switch (kind) {
                    case LOG_VARIANCE -> {
                        double variance = moments.variance();
                        row[column++] = variance > 0 ? Math.log(variance) : LOG_OF_ZERO_VARIANCE;
                    }
                    case BAND_POWER -> {
                        bandPower.estimate(end, row, column);
                        column += settings.bands().size();
                    }
                    case MEAN -> row[column++] = moments.mean();
                    case LAGGED_SAMPLES -> {
                        for (int lag : plan.lagSamples) {
                            row[column++] = signal[end - 1 - lag];
                        }
                    }
                    default -> throw new IllegalStateException("Unhandled feature kind " + kind);
                }
            }
        }
        listener.checkCanceled();
    }

    private static void checkLabels(Recording recording, int[] sampleLabels) {
        if (sampleLabels == null) {
            return;
        }
        if (sampleLabels.length != recording.sampleCount()) {
            throw new IllegalArgumentException("Got " + sampleLabels.length + " sample labels but the recording has "
                    + recording.sampleCount() + " samples. Label the same recording the features come from.");
        }
        for (int i = 0; i < sampleLabels.length; i++) {
            if (sampleLabels[i] != 0 && sampleLabels[i] != 1) {
                throw new IllegalArgumentException("Sample label at index " + i + " is " + sampleLabels[i]
                        + ", expected 0 (no event) or 1 (event).");
            }
        }
    }

    /** Carries a cancellation out of a parallel stream, which accepts only unchecked exceptions. */
    private static final class CanceledWrapper extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient CanceledException canceled;

        CanceledWrapper(CanceledException canceled) {
            super(canceled);
            this.canceled = canceled;
        }
    }
}
