package org.researchml.knime.eeg.labeler;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EEG Event Labeler node; registered in plugin.xml under the EEG category. */
public final class EegEventLabelerNodeFactory extends NodeFactory<EegEventLabelerNodeModel> {

    @Override
    public EegEventLabelerNodeModel createNodeModel() {
        return new EegEventLabelerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EegEventLabelerNodeModel> createNodeView(int viewIndex, EegEventLabelerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The EEG Event Labeler has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EegEventLabelerNodeDialog();
    }
}
