package org.researchml.knime.convert;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.researchml.core.segmentation.EpochRecord;

/**
 * The training history of a U-Net: one row per epoch with {@code epoch}, {@code steps}, {@code mean_loss},
 * {@code validation_iou}, {@code validation_dice} (missing without validation images), {@code learning_rate} and
 * {@code duration_s}.
 */
public final class TrainingHistoryTable {

    private TrainingHistoryTable() {
    }

    public static DataTableSpec spec() {
        return new DataTableSpec(
                new DataColumnSpecCreator("epoch", IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator("steps", IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator("mean_loss", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("validation_iou", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("validation_dice", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("learning_rate", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("duration_s", DoubleCell.TYPE).createSpec());
    }

    /** Writes one row per epoch record. */
    public static BufferedDataTable write(List<EpochRecord> history, ExecutionContext exec) {
        BufferedDataContainer container = exec.createDataContainer(spec());
        for (EpochRecord record : history) {
            container.addRowToTable(new DefaultRow("Epoch" + record.epoch(), new IntCell(record.epoch()),
                    new IntCell(record.steps()), new DoubleCell(record.meanLoss()), orMissing(record.validationIou()),
                    orMissing(record.validationDice()), new DoubleCell(record.learningRate()),
                    new DoubleCell(record.durationSeconds())));
        }
        container.close();
        return container.getTable();
    }

    private static DataCell orMissing(double value) {
        return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
    }
}
