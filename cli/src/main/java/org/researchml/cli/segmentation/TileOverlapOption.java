package org.researchml.cli.segmentation;

import org.researchml.core.segmentation.SegmentationModel;

/** The {@code --overlap} option of the commands that predict with a model: -1, its default, means a quarter tile. */
final class TileOverlapOption {

    /** Value of the option when the user leaves it out. */
    static final int DEFAULT = -1;

    private TileOverlapOption() {
    }

    /**
     * Returns the tile overlap in pixels for a model.
     *
     * @throws IllegalArgumentException if the option is negative but not the default
     */
    static int resolve(int overlap, SegmentationModel model) {
        if (overlap < DEFAULT) {
            throw new IllegalArgumentException("--overlap is " + overlap + "; use 0 or more pixels, or leave it out for a"
                    + " quarter of the model's tile size.");
        }
        return overlap == DEFAULT ? model.metadata().tileSize() / 4 : overlap;
    }
}
