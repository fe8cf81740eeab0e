package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Port object spec stored as model content. Subclasses need a public no-argument constructor and a nested
 * serializer class extending {@link AbstractSimplePortObjectSpecSerializer}.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public AbstractSimplePortObjectSpec() {
    }

    protected abstract void save(ModelContentWO model);

    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object other) {
        if (other == this) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        ModelContent mine = new ModelContent("spec");
        ModelContent theirs = new ModelContent("spec");
        save(mine);
        ((AbstractSimplePortObjectSpec)other).save(theirs);
        return mine.equals(theirs);
    }

    @Override
    public int hashCode() {
        ModelContent mine = new ModelContent("spec");
        save(mine);
        return mine.hashCode();
    }

    /** Serializer for all subclasses: one {@code content.xml} entry with the class name and the content. */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        private static final String CONTENT_ENTRY = "content.xml";

        @Override
        public void savePortObjectSpec(final T spec, final PortObjectSpecZipOutputStream out) throws IOException {
            ModelContent model = new ModelContent("model.xml");
            model.addInt("version", 1);
            model.addString("class_name", spec.getClass().getName());
            spec.save(model.addModelContent("model"));
            out.putNextEntry(new ZipEntry(CONTENT_ENTRY));
            model.saveToXML(new FilterOutputStream(out) {
                @Override
                public void close() {
                    // The zip stream is closed by its owner.
                }
            });
            out.closeEntry();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !CONTENT_ENTRY.equals(entry.getName())) {
                throw new IOException("Spec stream starts with " + (entry == null ? "no entry" : entry.getName())
                    + ", expected " + CONTENT_ENTRY + ".");
            }
            ModelContentRO model = ModelContent.loadFromXML(new FilterInputStream(in) {
                @Override
                public void close() {
                    // The zip stream is closed by its owner.
                }
            });
            try {
                String className = model.getString("class_name");
                AbstractSimplePortObjectSpec spec = Class.forName(className)
                    .asSubclass(AbstractSimplePortObjectSpec.class).getConstructor().newInstance();
                spec.load(model.getModelContent("model"));
                return (T)spec;
            } catch (InvalidSettingsException e) {
                throw new IOException("Spec content is invalid: " + e.getMessage(), e);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IOException("Spec class cannot be created through its public no-argument constructor: "
                    + e, e);
            }
        }
    }
}
