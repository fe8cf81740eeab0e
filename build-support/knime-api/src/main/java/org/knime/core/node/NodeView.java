package org.knime.core.node;

/** View of a node model; the stand-in only declares the type that {@link NodeFactory#createNodeView} returns. */
public abstract class NodeView<T extends NodeModel> {

    private final T m_model;

    protected NodeView(final T model) {
        m_model = model;
    }

    protected T getNodeModel() {
        return m_model;
    }
}
