package org.researchml.knime.eeg.reader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EEG Reader node; registered in plugin.xml under the EEG category. */
public final class EegReaderNodeFactory extends NodeFactory<EegReaderNodeModel> {

    @Override
    public EegReaderNodeModel createNodeModel() {
        return new EegReaderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EegReaderNodeModel> createNodeView(int viewIndex, EegReaderNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The EEG Reader has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EegReaderNodeDialog();
    }
}
