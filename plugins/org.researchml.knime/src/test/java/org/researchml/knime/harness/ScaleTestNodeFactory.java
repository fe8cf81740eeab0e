package org.researchml.knime.harness;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

/** Factory of the harness's own test node; its description is complete. */
public class ScaleTestNodeFactory extends NodeFactory<ScaleTestNodeModel> {

    @Override
    public ScaleTestNodeModel createNodeModel() {
        return new ScaleTestNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ScaleTestNodeModel> createNodeView(int viewIndex, ScaleTestNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentNumber(new SettingsModelDoubleBounded("factor", 2, -100, 100),
                "Factor", 0.5));
        return pane;
    }
}
