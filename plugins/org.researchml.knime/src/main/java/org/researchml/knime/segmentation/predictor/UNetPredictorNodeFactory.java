package org.researchml.knime.segmentation.predictor;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the U-Net Predictor node; registered in plugin.xml under the Segmentation category. */
public final class UNetPredictorNodeFactory extends NodeFactory<UNetPredictorNodeModel> {

    @Override
    public UNetPredictorNodeModel createNodeModel() {
        return new UNetPredictorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<UNetPredictorNodeModel> createNodeView(int viewIndex, UNetPredictorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The U-Net Predictor has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new UNetPredictorNodeDialog();
    }
}
