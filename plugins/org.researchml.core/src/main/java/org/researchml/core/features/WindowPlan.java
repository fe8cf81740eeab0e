package org.researchml.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.researchml.core.eeg.Recording;
import org.researchml.core.events.SampleTimeline;

/**
 * Window feature settings resolved against one recording: lengths in samples, the window positions and the
 * feature column layout. Windows lie inside one segment each, so none spans a gap of a discontinuous recording.
 */
final class WindowPlan {

    final WindowFeatureSettings settings;
    final SampleTimeline timeline;
    final int windowSamples;
    final int stepSamples;
    final int[] lagSamples;
    final int[] windowEnds;
    final int featuresPerChannel;
    final List<String> featureNames;

    private WindowPlan(WindowFeatureSettings settings, SampleTimeline timeline, int windowSamples, int stepSamples,
            int[] lagSamples, int[] windowEnds, int featuresPerChannel, List<String> featureNames) {
        this.settings = settings;
        this.timeline = timeline;
        this.windowSamples = windowSamples;
        this.stepSamples = stepSamples;
        this.lagSamples = lagSamples;
        this.windowEnds = windowEnds;
        this.featuresPerChannel = featuresPerChannel;
        this.featureNames = featureNames;
    }

    /**
     * Converts the settings to samples and places the windows.
     *
     * @throws IllegalArgumentException naming the setting that does not fit the recording
     */
    static WindowPlan resolve(Recording recording, WindowFeatureSettings settings) {
        double rate = recording.samplingRateHz();
        String atRate = " at " + plain(rate) + " Hz";
        int windowSamples = (int) Math.min(Integer.MAX_VALUE, Math.round(settings.windowSeconds() * rate));
        boolean needsSpread = settings.kinds().contains(FeatureKind.LOG_VARIANCE)
                || settings.kinds().contains(FeatureKind.BAND_POWER);
        int minimumWindow = needsSpread ? 2 : 1;
        if (windowSamples < minimumWindow) {
            throw new IllegalArgumentException("windowSeconds " + plain(settings.windowSeconds()) + " s gives "
                    + windowSamples + (windowSamples == 1 ? " sample" : " samples") + atRate + ", but at least " + minimumWindow
                    + " are needed. Lengthen windowSeconds.");
        }
        int stepSamples = (int) Math.min(Integer.MAX_VALUE, Math.round(settings.stepSeconds() * rate));
        if (stepSamples < 1) {
            throw new IllegalArgumentException("stepSeconds " + plain(settings.stepSeconds()) + " s rounds to 0 samples"
                    + atRate + ". Use at least one sample period, " + plain(1 / rate) + " s.");
        }
        int sampleCount = recording.sampleCount();
        if (windowSamples > sampleCount) {
            throw new IllegalArgumentException("windowSeconds " + plain(settings.windowSeconds()) + " s ("
                    + windowSamples + " samples) is longer than the recording (" + sampleCount + " samples" + atRate
                    + "). Shorten windowSeconds.");
        }
        SampleTimeline timeline = SampleTimeline.of(recording);
        int[] windowEnds = placeWindows(timeline, windowSamples, stepSamples);
        if (windowEnds.length == 0) {
            int longest = 0;
            for (int s = 0; s < timeline.segmentCount(); s++) {
                longest = Math.max(longest, timeline.segmentEnd(s) - timeline.segmentStart(s));
            }
            throw new IllegalArgumentException("windowSeconds " + plain(settings.windowSeconds()) + " s ("
                    + windowSamples + " samples) is longer than every contiguous segment of the discontinuous "
                    + "recording (longest " + longest + " samples), and windows never span a gap. "
                    + "Shorten windowSeconds.");
        }

        int[] lagSamples = new int[settings.lagsSeconds().size()];
        for (int i = 0; i < lagSamples.length; i++) {
            double lagSeconds = settings.lagsSeconds().get(i);
            lagSamples[i] = (int) Math.min(Integer.MAX_VALUE, Math.round(lagSeconds * rate));
            if (lagSamples[i] >= windowSamples) {
                throw new IllegalArgumentException("lagsSeconds value " + plain(lagSeconds) + " s (" + lagSamples[i]
                        + " samples) reaches before the window start. Lags must be shorter than windowSeconds ("
                        + plain(settings.windowSeconds()) + " s).");
            }
        }
        if (settings.kinds().contains(FeatureKind.BAND_POWER)) {
            checkBands(settings, windowSamples, rate);
        }

        List<String> suffixes = featureSuffixes(settings, lagSamples, rate);
        List<String> names = new ArrayList<>();
        for (String channel : recording.channelLabels()) {
            for (String suffix : suffixes) {
                names.add(channel + ":" + suffix);
            }
        }
        Set<String> unique = new HashSet<>();
        for (String name : names) {
            if (!unique.add(name)) {
                throw new IllegalArgumentException("Feature name '" + name + "' occurs twice. Give channels distinct "
                        + "labels and list each lag once (lags are rounded to whole samples).");
            }
        }
        return new WindowPlan(settings, timeline, windowSamples, stepSamples, lagSamples, windowEnds,
                suffixes.size(), names);
    }

    private static int[] placeWindows(SampleTimeline timeline, int windowSamples, int stepSamples) {
        List<Integer> ends = new ArrayList<>();
        for (int s = 0; s < timeline.segmentCount(); s++) {
            for (long end = (long) timeline.segmentStart(s) + windowSamples; end <= timeline.segmentEnd(s);
                    end += stepSamples) {
                ends.add((int) end);
            }
        }
        int[] result = new int[ends.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ends.get(i);
        }
        return result;
    }

    private static void checkBands(WindowFeatureSettings settings, int windowSamples, double rate) {
        double nyquistHz = rate / 2;
        double binWidthHz = rate / windowSamples;
        for (FrequencyBand band : settings.bands()) {
            if (band.highHz() > nyquistHz) {
                throw new IllegalArgumentException("Band " + band.label() + " in bands reaches above the Nyquist "
                        + "frequency " + plain(nyquistHz) + " Hz of the recording (" + plain(rate)
                        + " Hz). Lower its upper edge.");
            }
            if (BandPowerEstimator.binsInBand(band, windowSamples, rate).length == 0) {
                throw new IllegalArgumentException("Band " + band.label() + " in bands contains no periodogram "
                        + "frequency: with windowSeconds " + plain(settings.windowSeconds()) + " s the frequencies are "
                        + plain(binWidthHz) + " Hz apart. Widen the band or lengthen windowSeconds.");
            }
        }
    }

    private static List<String> featureSuffixes(WindowFeatureSettings settings, int[] lagSamples, double rate) {
        List<String> suffixes = new ArrayList<>();
        for (FeatureKind kind : settings.kinds()) {
            switch (kind) {
                case LOG_VARIANCE -> suffixes.add("logvar");
                case BAND_POWER -> {
                    for (FrequencyBand band : settings.bands()) {
                        suffixes.add("power_" + band.label());
                    }
                }
                case MEAN -> suffixes.add("mean");
                case LAGGED_SAMPLES -> {
                    // At least 3 decimals, and enough that lags one sample apart get different names above 1 kHz.
                    int decimals = Math.max(3, (int) Math.ceil(Math.log10(rate)));
                    for (int lag : lagSamples) {
                        suffixes.add(String.format(Locale.ROOT, "lag_%." + decimals + "fs", lag / rate));
                    }
                }
                default -> throw new IllegalStateException("Unhandled feature kind " + kind);
            }
        }
        return suffixes;
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
