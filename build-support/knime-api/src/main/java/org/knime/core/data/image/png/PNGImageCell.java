package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.util.Arrays;

import org.knime.core.data.DataCell;

/** Cell holding PNG content; created through {@link PNGImageCellFactory}. */
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public Dimension getImageDimension() {
        return m_content.getPreferredSize();
    }

    @Override
    public String getImageExtension() {
        return "png";
    }

    @Override
    protected boolean equalsDataCell(final DataCell other) {
        return Arrays.equals(((PNGImageCell)other).m_content.getByteArrayReference(),
            m_content.getByteArrayReference());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_content.getByteArrayReference());
    }

    @Override
    public String toString() {
        return "PNG image (" + m_content.getByteArrayReference().length + " bytes)";
    }
}
