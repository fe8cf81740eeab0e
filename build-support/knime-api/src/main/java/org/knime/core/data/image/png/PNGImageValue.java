package org.knime.core.data.image.png;

import org.knime.core.data.image.ImageValue;

/** Cell content that is a PNG image. */
public interface PNGImageValue extends ImageValue {

    @Override
    PNGImageContent getImageContent();
}
