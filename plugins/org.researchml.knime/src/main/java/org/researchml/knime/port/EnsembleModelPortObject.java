package org.researchml.knime.port;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JComponent;
import javax.swing.JTextArea;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.EnsembleModelIO;

/**
 * A trained ensemble on a KNIME model port. The content is stored in the core's model file format
 * ({@link EnsembleModelIO}), whose loader deserializes members only from an allow-list of classes, so a workflow
 * from an untrusted source cannot run arbitrary code through this port.
 */
public final class EnsembleModelPortObject extends AbstractPortObject {

    /** Serializer registered in plugin.xml as {@code objectSerializer}. */
    public static final class Serializer extends AbstractPortObjectSerializer<EnsembleModelPortObject> {
    }

    /** Port type of ensemble model ports. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(EnsembleModelPortObject.class);

    /** Port type of optional ensemble model ports. */
    public static final PortType TYPE_OPTIONAL =
            PortTypeRegistry.getInstance().getPortType(EnsembleModelPortObject.class, true);

    private static final String MODEL_ENTRY = "ensemble-model.zip";

    private EnsembleModel model;

    /** Creates an empty object; KNIME's serializer needs this constructor and then calls {@link #load}. */
    public EnsembleModelPortObject() {
    }

    public EnsembleModelPortObject(EnsembleModel model) {
        this.model = model;
    }

    public EnsembleModel model() {
        return model;
    }

    /** Returns the spec that describes a trained model. */
    public static EnsembleModelPortObjectSpec specOf(EnsembleModel model) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < model.members().size(); i++) {
            members.add(model.settings().members().get(i).describe());
        }
        return new EnsembleModelPortObjectSpec(model.featureNames(), members, model.settings().combination().name());
    }

    @Override
    public String getSummary() {
        EnsembleModelPortObjectSpec spec = specOf(model);
        return String.format(Locale.ROOT,
                "Ensemble of %d members (%s), %s, %d features, threshold %.4f, trained on %d windows (%d events)",
                spec.members().size(), String.join("; ", spec.members()),
                spec.combination().toLowerCase(Locale.ROOT).replace('_', ' '), spec.featureNames().size(),
                model.threshold(), model.trainingRowCount(), model.trainingEventCount());
    }

    @Override
    public EnsembleModelPortObjectSpec getSpec() {
        return specOf(model);
    }

    @Override
    public JComponent[] getViews() {
        JTextArea text = new JTextArea(getSummary().replace(", ", "\n"));
        text.setEditable(false);
        text.setName("Ensemble model");
        return new JComponent[] {text};
    }

    @Override
    protected void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        exec.checkCanceled();
        ModelFileEntry.write(out, MODEL_ENTRY, file -> EnsembleModelIO.save(model, file));
    }

    @Override
    protected void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        exec.checkCanceled();
        model = ModelFileEntry.read(in, MODEL_ENTRY, "ensemble model", "Ensemble Learner", EnsembleModelIO::load);
    }
}
