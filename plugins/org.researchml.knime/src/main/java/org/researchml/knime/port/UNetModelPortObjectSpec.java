package org.researchml.knime.port;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.researchml.core.segmentation.SegmentationModelMetadata;
import org.researchml.core.segmentation.UNetArchitecture;

/**
 * Description of a U-Net that is known before training: its architecture, the tile side it is trained on and its
 * probability threshold. The learner computes it in {@code configure}, so a predictor can check its tile size early.
 */
public final class UNetModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer registered in plugin.xml as {@code specSerializer}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<UNetModelPortObjectSpec> {
    }

    private static final String ARCHITECTURE_KEY = "architecture_json";
    private static final String TILE_SIZE_KEY = "tile_size_px";
    private static final String THRESHOLD_KEY = "threshold";

    private UNetArchitecture architecture;
    private int tileSizePixels;
    private double threshold;

    /** Creates an empty spec; KNIME's serializer needs this constructor and then calls {@link #load}. */
    public UNetModelPortObjectSpec() {
    }

    /**
     * Creates a spec.
     *
     * @param architecture network shape
     * @param tileSizePixels side of the square training patches in pixels
     * @param threshold probability from which a pixel is foreground
     */
    public UNetModelPortObjectSpec(UNetArchitecture architecture, int tileSizePixels, double threshold) {
        this.architecture = architecture;
        this.tileSizePixels = tileSizePixels;
        this.threshold = threshold;
    }

    /** Returns the spec of a trained model. */
    public static UNetModelPortObjectSpec of(SegmentationModelMetadata metadata) {
        return new UNetModelPortObjectSpec(metadata.architecture(), metadata.tileSize(), metadata.threshold());
    }

    public UNetArchitecture architecture() {
        return architecture;
    }

    public int tileSizePixels() {
        return tileSizePixels;
    }

    public double threshold() {
        return threshold;
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addString(ARCHITECTURE_KEY, architecture.toJson());
        model.addInt(TILE_SIZE_KEY, tileSizePixels);
        model.addDouble(THRESHOLD_KEY, threshold);
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            architecture = UNetArchitecture.fromJson(model.getString(ARCHITECTURE_KEY));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("The U-Net model spec is damaged: " + e.getMessage()
                    + " Re-execute the learner node.", e);
        }
        tileSizePixels = model.getInt(TILE_SIZE_KEY);
        threshold = model.getDouble(THRESHOLD_KEY);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "U-Net depth %d, %d base filters, tile %d px, threshold %.2f",
                architecture.depth(), architecture.baseFilters(), tileSizePixels, threshold);
    }
}
