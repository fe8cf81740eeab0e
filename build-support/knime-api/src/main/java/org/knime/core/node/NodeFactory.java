package org.knime.core.node;

/**
 * Creates the model, dialog and views of one node. The node description is read from
 * {@code <FactorySimpleName>.xml} next to the factory class.
 */
public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
