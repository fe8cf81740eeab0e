package org.researchml.knime.port;

import java.io.IOException;
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
import org.researchml.core.segmentation.EpochRecord;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.SegmentationModelFile;
import org.researchml.core.segmentation.SegmentationModelMetadata;

/**
 * A trained U-Net on a KNIME model port. The content is one entry in the core's model file format
 * ({@link SegmentationModelFile}: metadata JSON plus the DL4J network), so a port saved in a workflow and a model
 * file written by the command line are the same bytes.
 */
public final class UNetModelPortObject extends AbstractPortObject {

    /** Serializer registered in plugin.xml as {@code objectSerializer}. */
    public static final class Serializer extends AbstractPortObjectSerializer<UNetModelPortObject> {
    }

    /** Port type of U-Net model ports. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(UNetModelPortObject.class);

    private static final String MODEL_ENTRY = "unet-model.zip";

    private SegmentationModel model;

    /** Creates an empty object; KNIME's serializer needs this constructor and then calls {@link #load}. */
    public UNetModelPortObject() {
    }

    public UNetModelPortObject(SegmentationModel model) {
        this.model = model;
    }

    public SegmentationModel model() {
        return model;
    }

    @Override
    public String getSummary() {
        SegmentationModelMetadata metadata = model.metadata();
        double bestIou = Double.NaN;
        for (EpochRecord record : metadata.history()) {
            if (record.epoch() == metadata.bestEpoch()) {
                bestIou = record.validationIou();
            }
        }
        return String.format(Locale.ROOT,
                "U-Net of depth %d with %d base filters (%s, %s), %d parameters, tile %d px, threshold %.2f, "
                        + "loss %s, trained %d epochs, kept epoch %d (validation IoU %.4f)",
                metadata.architecture().depth(), metadata.architecture().baseFilters(),
                metadata.architecture().batchNormalization() ? "batch normalization" : "no batch normalization",
                metadata.architecture().decoder().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                model.parameterCount(), metadata.tileSize(), metadata.threshold(),
                metadata.loss().name().toLowerCase(Locale.ROOT).replace('_', ' '), metadata.history().size(),
                metadata.bestEpoch(), bestIou);
    }

    @Override
    public UNetModelPortObjectSpec getSpec() {
        return UNetModelPortObjectSpec.of(model.metadata());
    }

    @Override
    public JComponent[] getViews() {
        JTextArea text = new JTextArea(getSummary().replace(", ", "\n"));
        text.setEditable(false);
        text.setName("U-Net model");
        return new JComponent[] {text};
    }

    @Override
    protected void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        exec.checkCanceled();
        ModelFileEntry.write(out, MODEL_ENTRY, file -> SegmentationModelFile.save(model, file));
    }

    @Override
    protected void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        exec.checkCanceled();
        model = ModelFileEntry.read(in, MODEL_ENTRY, "U-Net model", "U-Net Learner", SegmentationModelFile::load);
    }
}
