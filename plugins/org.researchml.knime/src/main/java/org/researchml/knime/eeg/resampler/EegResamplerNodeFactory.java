package org.researchml.knime.eeg.resampler;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EEG Resampler node; registered in plugin.xml under the EEG category. */
public final class EegResamplerNodeFactory extends NodeFactory<EegResamplerNodeModel> {

    @Override
    public EegResamplerNodeModel createNodeModel() {
        return new EegResamplerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EegResamplerNodeModel> createNodeView(int viewIndex, EegResamplerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The EEG Resampler has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EegResamplerNodeDialog();
    }
}
