package org.researchml.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** White RGB image with antialiased drawing and the fonts and text helpers every plot uses. */
final class Canvas {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Color AXIS_COLOR = new Color(40, 40, 40);
    static final Color GRID_COLOR = new Color(225, 225, 225);

    final BufferedImage image;
    final Graphics2D graphics;

    Canvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** Draws text centred horizontally on x with its baseline at y. */
    void centredText(String text, Font font, Color color, double x, double y) {
        graphics.setFont(font);
        graphics.setColor(color);
        FontMetrics metrics = graphics.getFontMetrics();
        graphics.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
    }

    /** Draws text right-aligned at x, centred vertically on y. */
    void rightAlignedText(String text, Font font, Color color, double x, double y) {
        graphics.setFont(font);
        graphics.setColor(color);
        FontMetrics metrics = graphics.getFontMetrics();
        float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        graphics.drawString(text, (float) (x - metrics.stringWidth(text)), baseline);
    }

    /** Draws text left-aligned at x, centred vertically on y. */
    void leftAlignedText(String text, Font font, Color color, double x, double y) {
        graphics.setFont(font);
        graphics.setColor(color);
        FontMetrics metrics = graphics.getFontMetrics();
        float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        graphics.drawString(text, (float) x, baseline);
    }

    /** Draws text rotated 90 degrees counter-clockwise, centred on (x, y), for a vertical axis label. */
    void verticalText(String text, Font font, Color color, double x, double y) {
        AffineTransform saved = graphics.getTransform();
        graphics.translate(x, y);
        graphics.rotate(-Math.PI / 2);
        centredText(text, font, color, 0, graphics.getFontMetrics(font).getAscent() / 2.0);
        graphics.setTransform(saved);
    }

    int textWidth(String text, Font font) {
        return graphics.getFontMetrics(font).stringWidth(text);
    }

    void stroke(Color color, float width) {
        graphics.setColor(color);
        graphics.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    }

    void dashedStroke(Color color, float width) {
        graphics.setColor(color);
        graphics.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {8, 6}, 0));
    }

    BufferedImage finish() {
        graphics.dispose();
        return image;
    }
}
