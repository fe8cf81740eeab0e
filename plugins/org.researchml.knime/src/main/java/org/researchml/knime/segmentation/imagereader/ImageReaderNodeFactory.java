package org.researchml.knime.segmentation.imagereader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Image Reader node; registered in plugin.xml under the Segmentation category. */
public final class ImageReaderNodeFactory extends NodeFactory<ImageReaderNodeModel> {

    @Override
    public ImageReaderNodeModel createNodeModel() {
        return new ImageReaderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ImageReaderNodeModel> createNodeView(int viewIndex, ImageReaderNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Image Reader has no views, got view index " + viewIndex + ".");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ImageReaderNodeDialog();
    }
}
