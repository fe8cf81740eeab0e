package org.researchml.knime.ensemble.scorer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Detection Scorer node; registered in plugin.xml under the Ensembles category. */
public final class DetectionScorerNodeFactory extends NodeFactory<DetectionScorerNodeModel> {

    @Override
    public DetectionScorerNodeModel createNodeModel() {
        return new DetectionScorerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<DetectionScorerNodeModel> createNodeView(int viewIndex, DetectionScorerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Detection Scorer has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DetectionScorerNodeDialog();
    }
}
