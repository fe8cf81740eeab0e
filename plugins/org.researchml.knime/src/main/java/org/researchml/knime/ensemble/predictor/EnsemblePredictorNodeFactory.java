package org.researchml.knime.ensemble.predictor;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Ensemble Predictor node; registered in plugin.xml under the Ensembles category. */
public final class EnsemblePredictorNodeFactory extends NodeFactory<EnsemblePredictorNodeModel> {

    @Override
    public EnsemblePredictorNodeModel createNodeModel() {
        return new EnsemblePredictorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EnsemblePredictorNodeModel> createNodeView(int viewIndex, EnsemblePredictorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Ensemble Predictor has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EnsemblePredictorNodeDialog();
    }
}
