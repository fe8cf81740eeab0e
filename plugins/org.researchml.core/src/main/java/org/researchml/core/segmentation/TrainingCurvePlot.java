package org.researchml.core.segmentation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws the training curve (mean training loss and validation IoU per epoch) as a PNG with Java2D.
 *
 * <p>Loss uses the left axis (0 to the largest loss); IoU uses the right axis (0 to 1).
 */
public final class TrainingCurvePlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 70;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final Color LOSS_COLOUR = new Color(200, 60, 40);
    private static final Color IOU_COLOUR = new Color(30, 100, 200);

    private TrainingCurvePlot() {
    }

    /**
     * Writes the plot.
     *
     * @throws IllegalArgumentException if the history is empty
     */
    public static void write(List<EpochRecord> history, Path file) throws IOException {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("Training history is empty; train at least one epoch before plotting.");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            double maxLoss = history.stream().mapToDouble(EpochRecord::meanLoss).filter(Double::isFinite).max()
                    .orElse(1);
            maxLoss = maxLoss > 0 ? maxLoss * 1.05 : 1;
            drawAxes(graphics, history.size(), maxLoss);
            drawSeries(graphics, history, EpochRecord::meanLoss, maxLoss, LOSS_COLOUR);
            drawSeries(graphics, history, EpochRecord::validationIou, 1.0, IOU_COLOUR);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            graphics.setColor(LOSS_COLOUR);
            graphics.drawString("training loss", LEFT + 10, TOP - 12);
            graphics.setColor(IOU_COLOUR);
            graphics.drawString("validation IoU", LEFT + 130, TOP - 12);
        } finally {
            graphics.dispose();
        }
        SegmentationImages.write(image, file);
    }

    private static void drawAxes(Graphics2D graphics, int epochs, double maxLoss) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int tick = 0; tick <= 5; tick++) {
            int y = TOP + plotHeight - tick * plotHeight / 5;
            graphics.setColor(new Color(230, 230, 230));
            graphics.drawLine(LEFT, y, LEFT + plotWidth, y);
            graphics.setColor(LOSS_COLOUR);
            graphics.drawString(String.format(Locale.ROOT, "%.3f", maxLoss * tick / 5), 8, y + 4);
            graphics.setColor(IOU_COLOUR);
            graphics.drawString(String.format(Locale.ROOT, "%.1f", tick / 5.0), LEFT + plotWidth + 10, y + 4);
        }
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawRect(LEFT, TOP, plotWidth, plotHeight);
        int labelStep = Math.max(1, epochs / 10);
        for (int epoch = 1; epoch <= epochs; epoch += labelStep) {
            int x = xOf(epoch, epochs);
            graphics.drawLine(x, TOP + plotHeight, x, TOP + plotHeight + 5);
            graphics.drawString(Integer.toString(epoch), x - 4, TOP + plotHeight + 20);
        }
        graphics.drawString("epoch", LEFT + plotWidth / 2 - 15, HEIGHT - 15);
    }

    private static void drawSeries(Graphics2D graphics, List<EpochRecord> history,
            ToDoubleFunction<EpochRecord> value, double axisMax, Color colour) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        Path2D.Double line = new Path2D.Double();
        boolean started = false;
        graphics.setColor(colour);
        graphics.setStroke(new BasicStroke(2f));
        for (EpochRecord record : history) {
            double v = value.applyAsDouble(record);
            if (!Double.isFinite(v)) {
                continue;
            }
            double x = xOf(record.epoch(), history.size());
            double y = TOP + plotHeight - Math.max(0, Math.min(1, v / axisMax)) * plotHeight;
            if (started) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                started = true;
            }
            graphics.fillOval((int) x - 3, (int) y - 3, 6, 6);
        }
        graphics.draw(line);
    }

    private static int xOf(int epoch, int epochs) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        return epochs == 1 ? LEFT + plotWidth / 2 : LEFT + (epoch - 1) * plotWidth / (epochs - 1);
    }
}
