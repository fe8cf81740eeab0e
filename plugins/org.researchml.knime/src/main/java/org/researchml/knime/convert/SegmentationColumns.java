package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;

/**
 * Appends a predicted mask (8-bit PNG, 255 for foreground) and a probability map (16-bit PNG, 0..65535 for 0..1)
 * to each row of an image table. The names are {@code predicted_mask} and {@code probability}, with a suffix when
 * the input already has such a column.
 */
public final class SegmentationColumns {

    public static final String PREDICTED_MASK = "predicted_mask";
    public static final String PROBABILITY = "probability";

    /** Segmentation of one image: probabilities 0..1 row by row, and the thresholded mask. */
    public record Segmentation(float[] probabilities, boolean[] foreground) {
    }

    /** Core work that segments the image of one row. */
    @FunctionalInterface
    public interface Segmenter {

        Segmentation segment(GreyscaleImage image, ExecutionContext exec) throws Exception;
    }

    private SegmentationColumns() {
    }

    /** Returns the input spec with the mask and probability columns appended. */
    public static DataTableSpec spec(DataTableSpec input) {
        List<String> names = ColumnNames.unique(List.of(PREDICTED_MASK, PROBABILITY),
                new HashSet<>(List.of(input.getColumnNames())));
        List<DataColumnSpec> columns = new ArrayList<>();
        for (DataColumnSpec column : input) {
            columns.add(column);
        }
        columns.add(new DataColumnSpecCreator(names.get(0), PNGImageCellFactory.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(names.get(1), PNGImageCellFactory.TYPE).createSpec());
        return new DataTableSpec(columns.toArray(new DataColumnSpec[0]));
    }

    /**
     * Segments the image of each row and copies the rows with the two image cells appended.
     *
     * @param imageIndex index of the PNG image column
     * @throws IllegalArgumentException if an image cell is missing or not a greyscale PNG
     */
    public static BufferedDataTable append(BufferedDataTable input, int imageIndex, Segmenter segmenter,
            ExecutionContext exec) throws Exception {
        DataTableSpec inputSpec = input.getDataTableSpec();
        String imageColumn = inputSpec.getColumnSpec(imageIndex).getName();
        int nameIndex = ImageTable.nameIndex(inputSpec);
        BufferedDataContainer container = exec.createDataContainer(spec(inputSpec));
        int cellCount = inputSpec.getNumColumns();
        long rowCount = Math.max(1, input.size());
        try (CloseableRowIterator rows = input.iterator()) {
            while (rows.hasNext()) {
                exec.checkCanceled();
                DataRow row = rows.next();
                String name = ImageTable.name(row, nameIndex);
                exec.setMessage("Segmenting " + name);
                GreyscaleImage image = ImageCells.readImage(row, imageIndex, name, imageColumn);
                Segmentation result = segmenter.segment(image, exec.createSubExecutionContext(1.0 / rowCount));
                DataCell[] cells = new DataCell[cellCount + 2];
                for (int c = 0; c < cellCount; c++) {
                    cells[c] = row.getCell(c);
                }
                cells[cellCount] = ImageCells.maskCell(new BinaryMask(name, image.width(),
                        image.height(), result.foreground()));
                cells[cellCount + 1] = ImageCells.probabilityCell(result.probabilities(), image.width(),
                        image.height());
                container.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        }
        container.close();
        return container.getTable();
    }
}
