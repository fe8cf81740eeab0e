package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Content of a node port after execution. */
public interface PortObject {

    /** Returns a short human-readable description shown in the port tooltip. */
    String getSummary();

    PortObjectSpec getSpec();

    JComponent[] getViews();

    /** Writes and reads port objects of one class; registered in plugin.xml as {@code objectSerializer}. */
    abstract class PortObjectSerializer<T extends PortObject> {

        public abstract void savePortObject(T portObject, PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

        public abstract T loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;
    }
}
