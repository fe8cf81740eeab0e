package org.researchml.core.plot;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.researchml.core.metrics.SampleRun;

/**
 * Draws channels stacked over a time axis in seconds, with true events shaded and detections
 * marked as a red strip under the channels.
 */
final class SignalExcerptPlot {

    static final int WIDTH = 1200;
    static final int LANE_HEIGHT = 80;
    private static final int LEFT = 110;
    private static final int RIGHT = 120;
    private static final int TOP = 84;
    private static final int STRIP_HEIGHT = 18;
    private static final int STRIP_GAP = 6;
    private static final int BOTTOM = 70;
    private static final Color EVENT_SHADE = new Color(255, 200, 120, 110);
    private static final Color EVENT_STRIP = new Color(240, 150, 40);
    private static final Color DETECTION_STRIP = new Color(210, 30, 30);
    private static final Color TRACE_COLOR = new Color(20, 20, 60);

    private SignalExcerptPlot() {
    }

    static int height(int channelCount) {
        return TOP + channelCount * LANE_HEIGHT + 2 * (STRIP_HEIGHT + STRIP_GAP) + 10 + BOTTOM;
    }

    static BufferedImage render(SignalExcerpt excerpt, String title) {
        int channelCount = excerpt.channels().length;
        Canvas canvas = new Canvas(WIDTH, height(channelCount));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double lanesBottom = TOP + channelCount * LANE_HEIGHT;
        double eventStripTop = lanesBottom + STRIP_GAP;
        double detectionStripTop = eventStripTop + STRIP_HEIGHT + STRIP_GAP;
        double axisY = detectionStripTop + STRIP_HEIGHT + 10;
        int sampleCount = excerpt.sampleCount();

        canvas.centredText(title, Canvas.TITLE_FONT, Canvas.AXIS_COLOR, WIDTH / 2.0, 32);
        drawLegend(canvas);

        if (excerpt.truth() != null) {
            for (SampleRun event : SampleRun.findRuns(excerpt.truth())) {
                double x0 = LEFT + plotWidth * event.startSample() / sampleCount;
                double x1 = LEFT + plotWidth * event.endSample() / sampleCount;
                canvas.graphics.setColor(EVENT_SHADE);
                canvas.graphics.fill(new Rectangle2D.Double(x0, TOP, x1 - x0, lanesBottom - TOP));
                canvas.graphics.setColor(EVENT_STRIP);
                canvas.graphics.fill(new Rectangle2D.Double(x0, eventStripTop, x1 - x0, STRIP_HEIGHT));
            }
        }
        if (excerpt.detected() != null) {
            canvas.graphics.setColor(DETECTION_STRIP);
            for (SampleRun detection : SampleRun.findRuns(excerpt.detected())) {
                double x0 = LEFT + plotWidth * detection.startSample() / sampleCount;
                double x1 = LEFT + plotWidth * detection.endSample() / sampleCount;
                canvas.graphics.fill(new Rectangle2D.Double(x0, detectionStripTop, Math.max(1, x1 - x0), STRIP_HEIGHT));
            }
        }
        canvas.stroke(Color.GRAY, 1f);
        canvas.graphics.draw(new Rectangle2D.Double(LEFT, eventStripTop, plotWidth, STRIP_HEIGHT));
        canvas.graphics.draw(new Rectangle2D.Double(LEFT, detectionStripTop, plotWidth, STRIP_HEIGHT));
        if (excerpt.truth() == null) {
            canvas.centredText("no truth given", Canvas.TICK_FONT, Color.GRAY, LEFT + plotWidth / 2,
                    eventStripTop + STRIP_HEIGHT - 4);
        }
        if (excerpt.detected() == null) {
            canvas.centredText("no detections given", Canvas.TICK_FONT, Color.GRAY, LEFT + plotWidth / 2,
                    detectionStripTop + STRIP_HEIGHT - 4);
        }
        canvas.rightAlignedText("true event", Canvas.TICK_FONT, Canvas.AXIS_COLOR, LEFT - 10,
                eventStripTop + STRIP_HEIGHT / 2.0);
        canvas.rightAlignedText("detected", Canvas.TICK_FONT, Canvas.AXIS_COLOR, LEFT - 10,
                detectionStripTop + STRIP_HEIGHT / 2.0);

        drawTimeAxis(canvas, excerpt, plotWidth, axisY, lanesBottom);
        for (int c = 0; c < channelCount; c++) {
            drawChannel(canvas, excerpt.channels()[c], excerpt.labels().get(c), excerpt.amplitudeUnit(),
                    TOP + c * LANE_HEIGHT, plotWidth);
        }
        canvas.stroke(Canvas.AXIS_COLOR, 1.2f);
        canvas.graphics.draw(new Rectangle2D.Double(LEFT, TOP, plotWidth, lanesBottom - TOP));
        return canvas.finish();
    }

    private static void drawChannel(Canvas canvas, double[] values, String label, String unit, double laneTop,
            double plotWidth) {
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        double halfRange = 0;
        for (double value : values) {
            halfRange = Math.max(halfRange, Math.abs(value - mean));
        }
        double centreY = laneTop + LANE_HEIGHT / 2.0;
        double pixelsPerUnit = halfRange > 0 ? 0.45 * LANE_HEIGHT / halfRange : 0;

        canvas.stroke(Canvas.GRID_COLOR, 1f);
        canvas.graphics.draw(new Line2D.Double(LEFT, centreY, LEFT + plotWidth, centreY));
        canvas.rightAlignedText(label, Canvas.LABEL_FONT, Canvas.AXIS_COLOR, LEFT - 10, centreY);
        String scale = "\u00b1" + formatAmplitude(halfRange) + (unit.isEmpty() ? "" : " " + unit);
        canvas.leftAlignedText(scale, Canvas.TICK_FONT, Color.DARK_GRAY,
                LEFT + plotWidth + 8, centreY);

        Path2D.Double path = new Path2D.Double();
        int columns = (int) plotWidth;
        if (values.length > 2 * columns) {
            // Too many samples for the width: draw each pixel column as a vertical line from min to max.
            for (int column = 0; column < columns; column++) {
                int from = (int) ((long) column * values.length / columns);
                int to = (int) ((long) (column + 1) * values.length / columns);
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
                double x = LEFT + column + 0.5;
                double top = centreY - (max - mean) * pixelsPerUnit;
                double bottom = centreY - (min - mean) * pixelsPerUnit + 0.01;
                if (column == 0) {
                    path.moveTo(x, top);
                } else {
                    path.lineTo(x, top);
                }
                path.lineTo(x, bottom);
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                double x = LEFT + plotWidth * i / values.length;
                double y = centreY - (values[i] - mean) * pixelsPerUnit;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
        }
        canvas.stroke(TRACE_COLOR, 1.1f);
        canvas.graphics.draw(path);
    }

    private static void drawTimeAxis(Canvas canvas, SignalExcerpt excerpt, double plotWidth, double axisY,
            double lanesBottom) {
        double durationSeconds = excerpt.sampleCount() / excerpt.samplingRateHz();
        double start = excerpt.startSeconds();
        double step = Ticks.niceStep(durationSeconds, 10);
        for (double tick : Ticks.positions(start, start + durationSeconds, step)) {
            double x = LEFT + plotWidth * (tick - start) / durationSeconds;
            canvas.stroke(Canvas.GRID_COLOR, 1f);
            canvas.graphics.draw(new Line2D.Double(x, TOP, x, lanesBottom));
            canvas.stroke(Canvas.AXIS_COLOR, 1.2f);
            canvas.graphics.draw(new Line2D.Double(x, axisY, x, axisY + 6));
            canvas.centredText(Ticks.format(tick, step), Canvas.TICK_FONT, Canvas.AXIS_COLOR, x, axisY + 24);
        }
        canvas.graphics.draw(new Line2D.Double(LEFT, axisY, LEFT + plotWidth, axisY));
        canvas.centredText("Time (s)", Canvas.LABEL_FONT, Canvas.AXIS_COLOR, LEFT + plotWidth / 2, axisY + 52);
    }

    private static void drawLegend(Canvas canvas) {
        String eventLabel = "true event";
        String detectionLabel = "detected (predicted positive)";
        String scaleLabel = "\u00b1 = channel's max deviation from its mean";
        double x = LEFT;
        double y = 58;
        canvas.graphics.setColor(EVENT_STRIP);
        canvas.graphics.fill(new Rectangle2D.Double(x, y - 8, 28, 16));
        canvas.leftAlignedText(eventLabel, Canvas.TICK_FONT, Canvas.AXIS_COLOR, x + 36, y);
        x += 36 + canvas.textWidth(eventLabel, Canvas.TICK_FONT) + 30;
        canvas.graphics.setColor(DETECTION_STRIP);
        canvas.graphics.fill(new Rectangle2D.Double(x, y - 8, 28, 16));
        canvas.leftAlignedText(detectionLabel, Canvas.TICK_FONT, Canvas.AXIS_COLOR, x + 36, y);
        canvas.rightAlignedText(scaleLabel, Canvas.TICK_FONT, Color.DARK_GRAY, WIDTH - RIGHT, y);
    }

    private static String formatAmplitude(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000 || magnitude < 0.01) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Validated inputs of the plot, where truth and detected may be {@code null}. */
    record SignalExcerpt(double[][] channels, List<String> labels, String amplitudeUnit, double samplingRateHz,
            double startSeconds, int[] truth, int[] detected) {

        int sampleCount() {
            return channels[0].length;
        }
    }
}
