package org.researchml.knime.segmentation.scorer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Segmentation Scorer node; registered in plugin.xml under the Segmentation category. */
public final class SegmentationScorerNodeFactory extends NodeFactory<SegmentationScorerNodeModel> {

    @Override
    public SegmentationScorerNodeModel createNodeModel() {
        return new SegmentationScorerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SegmentationScorerNodeModel> createNodeView(int viewIndex, SegmentationScorerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Segmentation Scorer has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SegmentationScorerNodeDialog();
    }
}
