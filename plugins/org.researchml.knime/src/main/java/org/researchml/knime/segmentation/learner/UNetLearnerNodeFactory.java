package org.researchml.knime.segmentation.learner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the U-Net Learner node; registered in plugin.xml under the Segmentation category. */
public final class UNetLearnerNodeFactory extends NodeFactory<UNetLearnerNodeModel> {

    @Override
    public UNetLearnerNodeModel createNodeModel() {
        return new UNetLearnerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<UNetLearnerNodeModel> createNodeView(int viewIndex, UNetLearnerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The U-Net Learner has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new UNetLearnerNodeDialog();
    }
}
