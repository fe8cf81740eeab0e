package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.zip.ZipEntry;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;

/**
 * Port object that writes its own content into the port zip stream. Subclasses need a public no-argument
 * constructor and a nested serializer class extending {@link AbstractPortObjectSerializer}.
 */
public abstract class AbstractPortObject implements PortObject {

    public AbstractPortObject() {
    }

    /** Writes the content after the {@code meta.xml} entry that the serializer wrote. */
    protected abstract void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** Reads the content written by {@link #save} into this freshly created object. */
    protected abstract void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * Serializer for all subclasses: writes a {@code meta.xml} entry naming the class, then the object's content.
     */
    public abstract static class AbstractPortObjectSerializer<T extends AbstractPortObject>
        extends PortObjectSerializer<T> {

        private static final String META_ENTRY = "meta.xml";

        @Override
        public final void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry(META_ENTRY));
            ModelContent meta = new ModelContent(META_ENTRY);
            meta.addInt("version", 1);
            meta.addString("class_name", portObject.getClass().getName());
            meta.saveToXML(new FilterOutputStream(out) {
                @Override
                public void close() {
                    // The zip stream stays open for the content.
                }
            });
            out.closeEntry();
            portObject.save(out, exec);
        }

        @Override
        @SuppressWarnings("unchecked")
        public final T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !META_ENTRY.equals(entry.getName())) {
                throw new IOException("Port object stream starts with " + (entry == null ? "no entry" : entry.getName())
                    + ", expected " + META_ENTRY + ".");
            }
            ModelContentRO meta = ModelContent.loadFromXML(new FilterInputStream(in) {
                @Override
                public void close() {
                    // The zip stream stays open for the content.
                }
            });
            String className;
            try {
                className = meta.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Port object meta data lacks the class name.", e);
            }
            AbstractPortObject result;
            try {
                result = Class.forName(className).asSubclass(AbstractPortObject.class).getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new IOException("Port object class " + className + " cannot be created through its public "
                    + "no-argument constructor: " + cause, e);
            }
            result.load(in, spec, exec);
            return (T)result;
        }
    }
}
