package org.researchml.knime.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

/** Test node that multiplies column {@code x} by a factor and remembers the row count as its internals. */
final class ScaleTestNodeModel extends NodeModel {

    static final String COLUMN = "x";

    final SettingsModelDoubleBounded factor = new SettingsModelDoubleBounded("factor", 2, -100, 100);
    long rowsSeen = -1;

    ScaleTestNodeModel() {
        super(1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        int index = inSpecs[0].findColumnIndex(COLUMN);
        if (index < 0 || !inSpecs[0].getColumnSpec(index).getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("The input needs a numeric column '" + COLUMN + "'.");
        }
        return new DataTableSpec[] {inSpecs[0]};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable input = inData[0];
        int index = input.getDataTableSpec().findColumnIndex(COLUMN);
        BufferedDataContainer container = exec.createDataContainer(input.getDataTableSpec());
        for (DataRow row : input) {
            exec.checkCanceled();
            DataCell[] cells = new DataCell[row.getNumCells()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.getCell(i);
            }
            cells[index] = new DoubleCell(((DoubleValue) row.getCell(index)).getDoubleValue()
                    * factor.getDoubleValue());
            container.addRowToTable(new DefaultRow(row.getKey(), cells));
        }
        container.close();
        rowsSeen = input.size();
        if (rowsSeen == 0) {
            setWarningMessage("The input table is empty.");
        }
        return new BufferedDataTable[] {container.getTable()};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settings) {
        factor.saveSettingsTo(settings);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        factor.validateSettings(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException {
        factor.loadSettingsFrom(settings);
    }

    @Override
    protected void saveInternals(File folder, ExecutionMonitor exec) throws IOException {
        Files.writeString(folder.toPath().resolve("rows.txt"), Long.toString(rowsSeen));
    }

    @Override
    protected void loadInternals(File folder, ExecutionMonitor exec) throws IOException {
        rowsSeen = Long.parseLong(Files.readString(folder.toPath().resolve("rows.txt")).trim());
    }

    @Override
    protected void reset() {
        rowsSeen = -1;
    }
}
