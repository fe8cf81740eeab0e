package org.researchml.knime.eeg.rereference;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EEG Re-reference node; registered in plugin.xml under the EEG category. */
public final class EegRereferenceNodeFactory extends NodeFactory<EegRereferenceNodeModel> {

    @Override
    public EegRereferenceNodeModel createNodeModel() {
        return new EegRereferenceNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EegRereferenceNodeModel> createNodeView(int viewIndex, EegRereferenceNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The EEG Re-reference has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EegRereferenceNodeDialog();
    }
}
