package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

/** Encoded image that can paint itself and write its bytes. */
public interface ImageContent {

    void paint(Graphics2D graphics, int width, int height);

    Dimension getPreferredSize();

    void save(OutputStream out) throws IOException;
}
