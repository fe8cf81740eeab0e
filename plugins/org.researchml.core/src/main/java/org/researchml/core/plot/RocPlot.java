package org.researchml.core.plot;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.researchml.core.metrics.RocCurve;

/** Draws a ROC curve with the chance diagonal, a grid and the AUC in the legend. */
final class RocPlot {

    static final int WIDTH = 720;
    static final int HEIGHT = 720;
    private static final int LEFT = 90;
    private static final int RIGHT = 40;
    private static final int TOP = 60;
    private static final int BOTTOM = 80;
    private static final Color CURVE_COLOR = new Color(31, 90, 180);

    private RocPlot() {
    }

    static BufferedImage render(RocCurve curve, String title) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;

        canvas.centredText(title, Canvas.TITLE_FONT, Canvas.AXIS_COLOR, WIDTH / 2.0, TOP / 2.0 + 8);
        drawGridAndTicks(canvas, plotWidth, plotHeight);

        canvas.dashedStroke(Color.GRAY, 1.5f);
        canvas.graphics.draw(new Line2D.Double(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP));

        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < curve.size(); k++) {
            double x = LEFT + curve.falsePositiveRates()[k] * plotWidth;
            double y = TOP + (1 - curve.truePositiveRates()[k]) * plotHeight;
            if (k == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        canvas.stroke(CURVE_COLOR, 2.5f);
        canvas.graphics.draw(path);

        canvas.stroke(Canvas.AXIS_COLOR, 1.2f);
        canvas.graphics.draw(new Rectangle2D.Double(LEFT, TOP, plotWidth, plotHeight));
        canvas.centredText("False positive rate (1 \u2212 specificity)", Canvas.LABEL_FONT, Canvas.AXIS_COLOR,
                LEFT + plotWidth / 2, HEIGHT - 22);
        canvas.verticalText("True positive rate (sensitivity)", Canvas.LABEL_FONT, Canvas.AXIS_COLOR,
                24, TOP + plotHeight / 2);
        drawLegend(canvas, curve.area(), LEFT + plotWidth, TOP + plotHeight);
        return canvas.finish();
    }

    private static void drawGridAndTicks(Canvas canvas, double plotWidth, double plotHeight) {
        for (int i = 0; i <= 5; i++) {
            double value = i / 5.0;
            double x = LEFT + value * plotWidth;
            double y = TOP + (1 - value) * plotHeight;
            canvas.stroke(Canvas.GRID_COLOR, 1f);
            canvas.graphics.draw(new Line2D.Double(x, TOP, x, TOP + plotHeight));
            canvas.graphics.draw(new Line2D.Double(LEFT, y, LEFT + plotWidth, y));
            canvas.stroke(Canvas.AXIS_COLOR, 1.2f);
            canvas.graphics.draw(new Line2D.Double(x, TOP + plotHeight, x, TOP + plotHeight + 6));
            canvas.graphics.draw(new Line2D.Double(LEFT - 6, y, LEFT, y));
            String label = String.format(Locale.ROOT, "%.1f", value);
            canvas.centredText(label, Canvas.TICK_FONT, Canvas.AXIS_COLOR, x, TOP + plotHeight + 24);
            canvas.rightAlignedText(label, Canvas.TICK_FONT, Canvas.AXIS_COLOR, LEFT - 10, y);
        }
    }

    private static void drawLegend(Canvas canvas, double area, double right, double bottom) {
        String curveLabel = String.format(Locale.ROOT, "ROC curve (AUC = %.3f)", area);
        String chanceLabel = "chance (AUC = 0.500)";
        int textWidth = Math.max(canvas.textWidth(curveLabel, Canvas.LABEL_FONT),
                canvas.textWidth(chanceLabel, Canvas.LABEL_FONT));
        double boxWidth = textWidth + 70;
        double boxHeight = 62;
        double x = right - boxWidth - 14;
        double y = bottom - boxHeight - 14;
        canvas.graphics.setColor(Color.WHITE);
        canvas.graphics.fill(new Rectangle2D.Double(x, y, boxWidth, boxHeight));
        canvas.stroke(Color.GRAY, 1f);
        canvas.graphics.draw(new Rectangle2D.Double(x, y, boxWidth, boxHeight));

        canvas.stroke(CURVE_COLOR, 2.5f);
        canvas.graphics.draw(new Line2D.Double(x + 12, y + 20, x + 48, y + 20));
        canvas.leftAlignedText(curveLabel, Canvas.LABEL_FONT, Canvas.AXIS_COLOR, x + 58, y + 20);
        canvas.dashedStroke(Color.GRAY, 1.5f);
        canvas.graphics.draw(new Line2D.Double(x + 12, y + 44, x + 48, y + 44));
        canvas.leftAlignedText(chanceLabel, Canvas.LABEL_FONT, Canvas.AXIS_COLOR, x + 58, y + 44);
    }
}
