package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.ImageMaskPair;

/**
 * The image table: one row per image with {@code name}, {@code image} (PNG), optional {@code mask} (PNG, 255 for
 * foreground), {@code width_px} and {@code height_px}; and reading image/mask pairs from any table with PNG columns.
 */
public final class ImageTable {

    public static final String NAME = "name";
    public static final String IMAGE = "image";
    public static final String MASK = "mask";
    public static final String WIDTH = "width_px";
    public static final String HEIGHT = "height_px";

    private ImageTable() {
    }

    /** Returns the spec of the image table, with the mask column when {@code withMasks}. */
    public static DataTableSpec spec(boolean withMasks) {
        List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(new DataColumnSpecCreator(NAME, StringCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(IMAGE, PNGImageCellFactory.TYPE).createSpec());
        if (withMasks) {
            columns.add(new DataColumnSpecCreator(MASK, PNGImageCellFactory.TYPE).createSpec());
        }
        columns.add(new DataColumnSpecCreator(WIDTH, IntCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(HEIGHT, IntCell.TYPE).createSpec());
        return new DataTableSpec(columns.toArray(new DataColumnSpec[0]));
    }

    /** Returns the cells of one row; {@code mask} is {@code null} for a table without masks. */
    public static DataCell[] cells(GreyscaleImage image, BinaryMask mask) {
        List<DataCell> cells = new ArrayList<>();
        cells.add(new StringCell(image.name()));
        cells.add(ImageCells.imageCell(image));
        if (mask != null) {
            cells.add(ImageCells.maskCell(mask));
        }
        cells.add(new IntCell(image.width()));
        cells.add(new IntCell(image.height()));
        return cells.toArray(new DataCell[0]);
    }

    /**
     * Checks that a column exists and contains PNG images.
     *
     * @param label dialog option that names the column, for messages
     * @return the column index
     */
    public static int requireImageColumn(DataTableSpec spec, String column, String label)
            throws InvalidSettingsException {
        if (column == null || column.isBlank()) {
            throw new InvalidSettingsException("'" + label + "' is not set. Choose a PNG image column.");
        }
        int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException("'" + label + "' names the column '" + column + "', which the input "
                    + "table lacks. Choose one of " + List.of(spec.getColumnNames()) + ".");
        }
        if (!spec.getColumnSpec(index).getType().isCompatible(PNGImageValue.class)) {
            throw new InvalidSettingsException("'" + label + "' names the column '" + column + "' of type "
                    + spec.getColumnSpec(index).getType() + "; it must hold PNG images, such as the image and mask "
                    + "columns of the Image Reader.");
        }
        return index;
    }

    /** Returns the name of a row: its string {@code name} cell if the table has one, else the row key. */
    public static String name(DataRow row, int nameIndex) {
        if (nameIndex >= 0 && !row.getCell(nameIndex).isMissing()
                && row.getCell(nameIndex) instanceof StringValue value) {
            return value.getStringValue();
        }
        return row.getKey().toString();
    }

    /** Returns the index of a string {@code name} column, or -1 if the table has none. */
    public static int nameIndex(DataTableSpec spec) {
        int index = spec.findColumnIndex(NAME);
        return index >= 0 && spec.getColumnSpec(index).getType().isCompatible(StringValue.class) ? index : -1;
    }

    /**
     * Reads the image/mask pairs of a table, in row order.
     *
     * @throws IllegalArgumentException if a cell is missing or not a greyscale PNG, or a mask's size differs
     */
    public static List<ImageMaskPair> readPairs(BufferedDataTable table, int imageIndex, int maskIndex,
            ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        String imageColumn = spec.getColumnSpec(imageIndex).getName();
        String maskColumn = spec.getColumnSpec(maskIndex).getName();
        int nameIndex = nameIndex(spec);
        List<ImageMaskPair> pairs = new ArrayList<>();
        long r = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                exec.checkCanceled();
                exec.setProgress((double) r / Math.max(1, table.size()), "Decoding image " + (r + 1));
                DataRow row = rows.next();
                String name = name(row, nameIndex);
                GreyscaleImage image = ImageCells.readImage(row, imageIndex, name, imageColumn);
                BinaryMask mask = ImageCells.readMask(row, maskIndex, name, maskColumn);
                if (image.width() != mask.width() || image.height() != mask.height()) {
                    throw new IllegalArgumentException("Row " + row.getKey() + " (" + name + ") has a "
                            + image.width() + "x" + image.height() + " image but a " + mask.width() + "x"
                            + mask.height() + " mask. Use the mask drawn on this image.");
                }
                pairs.add(new ImageMaskPair(name, image, mask));
                r++;
            }
        }
        return pairs;
    }
}
