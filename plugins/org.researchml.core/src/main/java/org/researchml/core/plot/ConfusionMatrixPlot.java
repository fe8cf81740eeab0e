package org.researchml.core.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.researchml.core.metrics.ConfusionMatrix;

/**
 * Draws a 2x2 confusion matrix as a heat map: rows are the true class, columns the predicted class.
 * Each cell shows its count, its share of the true class (row) and its share of all samples.
 * The colour follows the row share, so a good detector has dark diagonal cells.
 */
final class ConfusionMatrixPlot {

    static final int WIDTH = 680;
    static final int HEIGHT = 650;
    private static final int LEFT = 170;
    private static final int TOP = 140;
    private static final int CELL = 220;
    private static final String[] CLASS_NAMES = {"no event (0)", "event (1)"};
    private static final Font COUNT_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);

    private ConfusionMatrixPlot() {
    }

    static BufferedImage render(ConfusionMatrix matrix, String title) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        canvas.centredText(title, Canvas.TITLE_FONT, Canvas.AXIS_COLOR, WIDTH / 2.0, 36);

        long[][] counts = {
            {matrix.trueNegatives(), matrix.falsePositives()},
            {matrix.falseNegatives(), matrix.truePositives()},
        };
        String[][] cellNames = {{"TN", "FP"}, {"FN", "TP"}};
        long total = matrix.total();
        for (int row = 0; row < 2; row++) {
            long rowTotal = counts[row][0] + counts[row][1];
            for (int column = 0; column < 2; column++) {
                double rowShare = rowTotal == 0 ? 0 : (double) counts[row][column] / rowTotal;
                double totalShare = total == 0 ? 0 : (double) counts[row][column] / total;
                drawCell(canvas, row, column, cellNames[row][column], counts[row][column], rowShare,
                        rowTotal == 0, totalShare);
            }
        }

        for (int i = 0; i < 2; i++) {
            double centre = LEFT + i * CELL + CELL / 2.0;
            canvas.centredText(CLASS_NAMES[i], Canvas.LABEL_FONT, Canvas.AXIS_COLOR, centre, TOP - 12);
            canvas.rightAlignedText(CLASS_NAMES[i], Canvas.LABEL_FONT, Canvas.AXIS_COLOR, LEFT - 12,
                    TOP + i * CELL + CELL / 2.0);
        }
        canvas.centredText("predicted", Canvas.TITLE_FONT, Canvas.AXIS_COLOR, LEFT + CELL, TOP - 48);
        canvas.verticalText("true", Canvas.TITLE_FONT, Canvas.AXIS_COLOR, 30, TOP + CELL);
        canvas.centredText("% of row = share of that true class; % of all = share of all " + total + " samples",
                Canvas.TICK_FONT, Color.DARK_GRAY, WIDTH / 2.0, TOP + 2 * CELL + 36);
        return canvas.finish();
    }

    private static void drawCell(Canvas canvas, int row, int column, String name, long count, double rowShare,
            boolean emptyRow, double totalShare) {
        double x = LEFT + column * CELL;
        double y = TOP + row * CELL;
        canvas.graphics.setColor(heatColor(rowShare));
        canvas.graphics.fill(new Rectangle2D.Double(x, y, CELL, CELL));
        canvas.stroke(Color.WHITE, 3f);
        canvas.graphics.draw(new Rectangle2D.Double(x, y, CELL, CELL));

        Color text = rowShare > 0.55 ? Color.WHITE : Color.BLACK;
        double centre = x + CELL / 2.0;
        canvas.centredText(name, Canvas.LABEL_FONT, text, centre, y + 50);
        canvas.centredText(String.valueOf(count), COUNT_FONT, text, centre, y + 102);
        String rowText = emptyRow ? "row empty" : String.format(Locale.ROOT, "%.1f %% of row", 100 * rowShare);
        canvas.centredText(rowText, Canvas.LABEL_FONT, text, centre, y + 142);
        canvas.centredText(String.format(Locale.ROOT, "%.1f %% of all", 100 * totalShare), Canvas.TICK_FONT, text,
                centre, y + 170);
    }

    /** Interpolates from a pale to a dark blue. */
    private static Color heatColor(double share) {
        double t = Math.max(0, Math.min(1, share));
        int red = (int) Math.round(239 + t * (8 - 239));
        int green = (int) Math.round(243 + t * (64 - 243));
        int blue = (int) Math.round(255 + t * (129 - 255));
        return new Color(red, green, blue);
    }
}
