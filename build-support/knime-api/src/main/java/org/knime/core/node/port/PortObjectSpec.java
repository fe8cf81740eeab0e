package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

/** Description of a port's content that is known before execution. */
public interface PortObjectSpec {

    JComponent[] getViews();

    /** Writes and reads specs of one class; registered in plugin.xml as {@code specSerializer}. */
    abstract class PortObjectSpecSerializer<T extends PortObjectSpec> {

        public abstract void savePortObjectSpec(T spec, PortObjectSpecZipOutputStream out) throws IOException;

        public abstract T loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException;
    }
}
