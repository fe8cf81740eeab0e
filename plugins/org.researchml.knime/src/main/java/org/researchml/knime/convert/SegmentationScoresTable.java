package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.metrics.SegmentationScores;

/**
 * Scores predicted masks against ground-truth masks row by row, and writes one row per image plus a last row
 * {@value #POOLED} whose scores come from the pixel counts summed over all images.
 */
public final class SegmentationScoresTable {

    /** Name and row key of the row with the pooled scores. */
    public static final String POOLED = "pooled";

    private SegmentationScoresTable() {
    }

    public static DataTableSpec spec() {
        return new DataTableSpec(new String[] {ImageTable.NAME, "iou", "dice", "precision", "recall",
            "pixel_accuracy", "true_positives", "false_positives", "false_negatives", "true_negatives"},
                new org.knime.core.data.DataType[] {StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
                    DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, LongCell.TYPE, LongCell.TYPE, LongCell.TYPE,
                    LongCell.TYPE});
    }

    /**
     * Compares the masks of each row, in row order.
     *
     * @return scores by image name (the {@code name} column, else the row key)
     * @throws IllegalArgumentException if a mask is missing, not a greyscale PNG, or the two masks differ in size
     */
    public static Map<String, SegmentationScores> compare(BufferedDataTable table, int truthIndex, int predictedIndex,
            ExecutionContext exec) throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        String truthColumn = spec.getColumnSpec(truthIndex).getName();
        String predictedColumn = spec.getColumnSpec(predictedIndex).getName();
        int nameIndex = ImageTable.nameIndex(spec);
        Map<String, SegmentationScores> scores = new LinkedHashMap<>();
        long r = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                exec.checkCanceled();
                exec.setProgress((double) r / Math.max(1, table.size()), "Scoring row " + (r + 1));
                DataRow row = rows.next();
                String name = ImageTable.name(row, nameIndex);
                BinaryMask truth = ImageCells.readMask(row, truthIndex, name, truthColumn);
                BinaryMask predicted = ImageCells.readMask(row, predictedIndex, name, predictedColumn);
                if (truth.width() != predicted.width() || truth.height() != predicted.height()) {
                    throw new IllegalArgumentException("Row " + row.getKey() + " (" + name + ") has a "
                            + truth.width() + "x" + truth.height() + " mask in '" + truthColumn + "' but a "
                            + predicted.width() + "x" + predicted.height() + " mask in '" + predictedColumn
                            + "'. Score masks of the same image.");
                }
                String key = scores.containsKey(name) ? row.getKey().toString() : name;
                scores.put(key, SegmentationScores.compare(truth, predicted));
                r++;
            }
        }
        return scores;
    }

    /** Writes one row per image and the pooled row last. */
    public static BufferedDataTable write(Map<String, SegmentationScores> perImage, ExecutionContext exec) {
        BufferedDataContainer container = exec.createDataContainer(spec());
        List<String> names = new ArrayList<>(perImage.keySet());
        for (int i = 0; i < names.size(); i++) {
            container.addRowToTable(row("Row" + i, names.get(i), perImage.get(names.get(i))));
        }
        container.addRowToTable(row(POOLED, POOLED, SegmentationScores.pooled(perImage.values())));
        container.close();
        return container.getTable();
    }

    private static DefaultRow row(String key, String name, SegmentationScores scores) {
        return new DefaultRow(key, new StringCell(name), new DoubleCell(scores.iou()), new DoubleCell(scores.dice()),
                new DoubleCell(scores.precision()), new DoubleCell(scores.recall()),
                new DoubleCell(scores.pixelAccuracy()), new LongCell(scores.truePositives()),
                new LongCell(scores.falsePositives()), new LongCell(scores.falseNegatives()),
                new LongCell(scores.trueNegatives()));
    }
}
