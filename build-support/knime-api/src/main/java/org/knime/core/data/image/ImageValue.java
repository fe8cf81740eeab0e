package org.knime.core.data.image;

import java.awt.Dimension;

import org.knime.core.data.DataValue;

/** Cell content that is an image. */
public interface ImageValue extends DataValue {

    ImageContent getImageContent();

    Dimension getImageDimension();

    String getImageExtension();
}
