package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Creates PNG image cells. */
public final class PNGImageCellFactory {

    /** Column type of PNG image cells. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private PNGImageCellFactory() {
    }

    /** Creates a cell from PNG bytes; throws IllegalArgumentException if they are not a PNG. */
    public static DataCell create(final byte[] bytes) {
        return new PNGImageCell(new PNGImageContent(bytes));
    }

    public static DataCell create(final PNGImageContent content) {
        return new PNGImageCell(content);
    }

    public static DataCell create(final InputStream in) throws IOException {
        return create(in.readAllBytes());
    }
}
