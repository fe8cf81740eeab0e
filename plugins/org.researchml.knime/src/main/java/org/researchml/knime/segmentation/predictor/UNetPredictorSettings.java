package org.researchml.knime.segmentation.predictor;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.researchml.core.segmentation.UNetArchitecture;

/**
 * Settings of the U-Net Predictor. The keys are stored in workflows and must never change; the dialog labels named
 * in messages must match the node description.
 */
final class UNetPredictorSettings {

    static final String KEY_IMAGE_COLUMN = "image_column";
    static final String KEY_TILE_SIZE = "tile_size_px";
    static final String KEY_OVERLAP = "overlap_px";
    static final String KEY_BATCH_SIZE = "batch_size";
    static final String KEY_THRESHOLD = "threshold";

    static final String LABEL_IMAGE_COLUMN = "Image column";
    static final String LABEL_TILE_SIZE = "Tile size (px)";
    static final String LABEL_OVERLAP = "Tile overlap (px)";
    static final String LABEL_BATCH_SIZE = "Tiles per batch";
    static final String LABEL_THRESHOLD = "Threshold";

    final SettingsModelString imageColumn = new SettingsModelString(KEY_IMAGE_COLUMN, "image");
    final SettingsModelIntegerBounded tileSize = new SettingsModelIntegerBounded(KEY_TILE_SIZE, 0, 0, 8192);
    final SettingsModelIntegerBounded overlap = new SettingsModelIntegerBounded(KEY_OVERLAP, 32, 0, 8191);
    final SettingsModelIntegerBounded batchSize = new SettingsModelIntegerBounded(KEY_BATCH_SIZE, 4, 1, 4096);
    final SettingsModelDoubleBounded threshold = new SettingsModelDoubleBounded(KEY_THRESHOLD, 0, 0, 0.999);

    private List<SettingsModel> models() {
        return List.of(imageColumn, tileSize, overlap, batchSize, threshold);
    }

    void save(NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }

    /** Checks stored settings without taking them. */
    static void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        UNetPredictorSettings candidate = new UNetPredictorSettings();
        for (SettingsModel model : candidate.models()) {
            try {
                model.validateSettings(settings);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
            }
        }
        candidate.load(settings);
        int tile = candidate.tileSize.getIntValue();
        if (tile != 0) {
            candidate.checkOverlap(tile);
        }
    }

    /**
     * Returns the tile side to predict with: the setting, or the model's training patch size for 0.
     *
     * @throws InvalidSettingsException if the tile does not fit the architecture or the overlap is too large
     */
    int tileSize(UNetArchitecture architecture, int modelTileSize) throws InvalidSettingsException {
        int tile = tileSize.getIntValue() == 0 ? modelTileSize : tileSize.getIntValue();
        if (tile % architecture.sizeDivisor() != 0) {
            throw new InvalidSettingsException("'" + LABEL_TILE_SIZE + "' (" + tile + ") must be a multiple of "
                    + architecture.sizeDivisor() + " for this U-Net of " + architecture.depth() + " levels. Set it to "
                    + Math.max(architecture.sizeDivisor(), tile / architecture.sizeDivisor()
                            * architecture.sizeDivisor())
                    + ", or to 0 to use the model's tile size " + modelTileSize + ".");
        }
        checkOverlap(tile);
        return tile;
    }

    private void checkOverlap(int tile) throws InvalidSettingsException {
        if (overlap.getIntValue() >= tile) {
            throw new InvalidSettingsException("'" + LABEL_OVERLAP + "' (" + overlap.getIntValue() + " px) must be "
                    + "smaller than the tile size (" + tile + " px). Use for example a quarter of the tile, "
                    + tile / 4 + " px.");
        }
    }

    /** Returns the threshold to apply: the setting, or the model's for 0. */
    double threshold(double modelThreshold) {
        return threshold.getDoubleValue() == 0 ? modelThreshold : threshold.getDoubleValue();
    }
}
