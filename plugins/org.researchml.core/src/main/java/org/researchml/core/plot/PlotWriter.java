package org.researchml.core.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.researchml.core.metrics.ConfusionMatrix;
import org.researchml.core.metrics.RocCurve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes evaluation plots as PNG files with Java2D, so it works headless ({@code java.awt.headless=true}).
 *
 * <p>Each file is written to a temporary file in the same folder and then moved over the target,
 * so an existing file is replaced only by a complete image. Missing parent folders are created.
 */
public final class PlotWriter {

    /** Width and height of the ROC plot in pixels. */
    public static final int ROC_SIZE_PIXELS = RocPlot.WIDTH;
    /** Width of the confusion matrix plot in pixels. */
    public static final int CONFUSION_MATRIX_WIDTH_PIXELS = ConfusionMatrixPlot.WIDTH;
    /** Height of the confusion matrix plot in pixels. */
    public static final int CONFUSION_MATRIX_HEIGHT_PIXELS = ConfusionMatrixPlot.HEIGHT;
    /** Width of the signal excerpt plot in pixels. Its height grows with the number of channels. */
    public static final int SIGNAL_EXCERPT_WIDTH_PIXELS = SignalExcerptPlot.WIDTH;

    private static final Logger LOG = LoggerFactory.getLogger(PlotWriter.class);

    private PlotWriter() {
    }

    /** Writes a ROC curve with the chance diagonal and the AUC in the legend. */
    public static void rocCurve(Path file, RocCurve curve, String title) throws IOException {
        requireNonNull(curve, "curve");
        PngFiles.writeAtomically(RocPlot.render(curve, nullToEmpty(title)), file);
        LOG.debug("Wrote ROC curve to {}", file);
    }

    /** Writes a 2x2 heat map with counts and percentages, rows "true" and columns "predicted". */
    public static void confusionMatrix(Path file, ConfusionMatrix matrix, String title) throws IOException {
        requireNonNull(matrix, "matrix");
        PngFiles.writeAtomically(ConfusionMatrixPlot.render(matrix, nullToEmpty(title)), file);
        LOG.debug("Wrote confusion matrix to {}", file);
    }

    /**
     * Writes channels stacked over time, true events shaded and detections marked in red.
     * Each channel is centred on its mean and scaled to its own maximum deviation, which the plot prints.
     *
     * @param channels samples per channel, {@code channels[channel][sample]}, all of equal length
     * @param labels one label per channel
     * @param samplingRateHz samples per second
     * @param startSeconds time of the first sample, for the axis
     * @param truth 0/1 per sample, 1 inside a true event; may be {@code null}
     * @param detected 0/1 per sample, 1 where the detector fired; may be {@code null}
     * @throws IllegalArgumentException if the sizes do not match or the rate is not positive
     */
    public static void signalExcerpt(Path file, double[][] channels, List<String> labels, double samplingRateHz,
            double startSeconds, int[] truth, int[] detected, String title) throws IOException {
        signalExcerpt(file, channels, labels, "", samplingRateHz, startSeconds, truth, detected, title);
    }

    /**
     * Writes a signal excerpt as {@link #signalExcerpt(Path, double[][], List, double, double, int[], int[], String)}
     * does, with the amplitude unit (for example "µV") printed after each channel's scale.
     */
    public static void signalExcerpt(Path file, double[][] channels, List<String> labels, String amplitudeUnit,
            double samplingRateHz, double startSeconds, int[] truth, int[] detected, String title) throws IOException {
        SignalExcerptPlot.SignalExcerpt excerpt = SignalExcerptValidation.validate(channels, labels, amplitudeUnit,
                samplingRateHz, startSeconds, truth, detected);
        PngFiles.writeAtomically(SignalExcerptPlot.render(excerpt, nullToEmpty(title)), file);
        LOG.debug("Wrote signal excerpt of {} channels to {}", channels.length, file);
    }

    /** Returns the height in pixels of a signal excerpt plot with this many channels. */
    public static int signalExcerptHeightPixels(int channelCount) {
        return SignalExcerptPlot.height(channelCount);
    }

    private static void requireNonNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null.");
        }
    }

    private static String nullToEmpty(String title) {
        return title == null ? "" : title;
    }
}
