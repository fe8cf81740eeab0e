package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.image.ImageContent;

/** PNG bytes with their decoded size; the bytes must start with the PNG signature. */
public class PNGImageContent implements ImageContent {

    private static final byte[] SIGNATURE = {(byte)0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final byte[] m_bytes;

    private transient BufferedImage m_image;

    public PNGImageContent(final byte[] bytes) {
        if (bytes == null || bytes.length < SIGNATURE.length
            || !Arrays.equals(Arrays.copyOf(bytes, SIGNATURE.length), SIGNATURE)) {
            throw new IllegalArgumentException("The bytes are not a PNG image (PNG signature missing).");
        }
        m_bytes = bytes.clone();
    }

    public PNGImageContent(final InputStream in) throws IOException {
        this(in.readAllBytes());
    }

    /** Returns a copy of the PNG bytes. */
    public byte[] getByteArray() {
        return m_bytes.clone();
    }

    /** Returns the PNG bytes without copying; callers must not change them. */
    public byte[] getByteArrayReference() {
        return m_bytes;
    }

    /** Returns the decoded image. */
    public Image getImage() {
        return decoded();
    }

    private synchronized BufferedImage decoded() {
        if (m_image == null) {
            try {
                m_image = ImageIO.read(new ByteArrayInputStream(m_bytes));
            } catch (IOException e) {
                throw new IllegalStateException("PNG bytes cannot be decoded: " + e.getMessage(), e);
            }
            if (m_image == null) {
                throw new IllegalStateException("PNG bytes cannot be decoded.");
            }
        }
        return m_image;
    }

    @Override
    public void paint(final Graphics2D graphics, final int width, final int height) {
        graphics.drawImage(decoded(), 0, 0, width, height, null);
    }

    @Override
    public Dimension getPreferredSize() {
        BufferedImage image = decoded();
        return new Dimension(image.getWidth(), image.getHeight());
    }

    @Override
    public void save(final OutputStream out) throws IOException {
        out.write(m_bytes);
    }
}
