package org.researchml.knime.ensemble.learner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Ensemble Learner node; registered in plugin.xml under the Ensembles category. */
public final class EnsembleLearnerNodeFactory extends NodeFactory<EnsembleLearnerNodeModel> {

    @Override
    public EnsembleLearnerNodeModel createNodeModel() {
        return new EnsembleLearnerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EnsembleLearnerNodeModel> createNodeView(int viewIndex, EnsembleLearnerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Ensemble Learner has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EnsembleLearnerNodeDialog();
    }
}
