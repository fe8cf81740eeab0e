package org.researchml.knime.eeg.filter;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EEG Filter node; registered in plugin.xml under the EEG category. */
public final class EegFilterNodeFactory extends NodeFactory<EegFilterNodeModel> {

    @Override
    public EegFilterNodeModel createNodeModel() {
        return new EegFilterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EegFilterNodeModel> createNodeView(int viewIndex, EegFilterNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The EEG Filter has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EegFilterNodeDialog();
    }
}
