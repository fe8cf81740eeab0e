package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Model of a node: settings, configure and execute. Subclasses override either the data-table variants of
 * {@code configure} and {@code execute} or the port-object variants.
 */
public abstract class NodeModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private String m_warningMessage;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(dataPorts(nrInDataPorts), dataPorts(nrOutDataPorts));
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = inPortTypes.clone();
        m_outPortTypes = outPortTypes.clone();
    }

    private static PortType[] dataPorts(final int count) {
        PortType[] types = new PortType[count];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    public final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    public final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void reset();

    /** Computes output specs from input specs; the default passes data table specs to the table variant. */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] tableSpecs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            tableSpecs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(tableSpecs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new IllegalStateException(getClass().getName() + " must override one of the configure methods.");
    }

    /** Computes the outputs; the default passes data tables to the table variant. */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IllegalStateException(getClass().getName() + " must override one of the execute methods.");
    }

    /** Sets the warning shown on the node; {@code null} clears it. */
    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
    }
}
