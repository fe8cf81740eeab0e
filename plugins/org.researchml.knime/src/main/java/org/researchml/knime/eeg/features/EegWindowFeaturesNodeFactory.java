package org.researchml.knime.eeg.features;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EEG Window Features node; registered in plugin.xml under the EEG category. */
public final class EegWindowFeaturesNodeFactory extends NodeFactory<EegWindowFeaturesNodeModel> {

    @Override
    public EegWindowFeaturesNodeModel createNodeModel() {
        return new EegWindowFeaturesNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EegWindowFeaturesNodeModel> createNodeView(int viewIndex, EegWindowFeaturesNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The EEG Window Features has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EegWindowFeaturesNodeDialog();
    }
}
