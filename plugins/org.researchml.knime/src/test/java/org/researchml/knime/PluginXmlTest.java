package org.researchml.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;
import org.researchml.knime.harness.NodeDescriptionCheck;
import org.researchml.knime.harness.PluginXml;

class PluginXmlTest {

    @Test
    void categoriesFormTheTree() throws Exception {
        PluginXml plugin = PluginXml.load();
        Set<String> paths = plugin.categories().stream().map(PluginXml.Category::fullPath)
                .collect(Collectors.toSet());

        assertEquals(Set.of("/researchml", "/researchml/eeg", "/researchml/ensembles", "/researchml/segmentation"),
                paths);
        assertTrue(plugin.categories().stream().anyMatch(c -> c.name().equals("Research ML")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNodeLoadsAndIsDescribed() throws Exception {
        PluginXml plugin = PluginXml.load();
        Set<String> paths = plugin.categories().stream().map(PluginXml.Category::fullPath)
                .collect(Collectors.toSet());
        for (PluginXml.NodeEntry node : plugin.nodes()) {
            assertTrue(paths.contains(node.categoryPath()), node + " names an unknown category.");
            Class<?> type = Class.forName(node.factoryClass());
            assertTrue(NodeFactory.class.isAssignableFrom(type), node.factoryClass() + " is not a NodeFactory.");
            NodeFactory<? extends NodeModel> factory =
                    (NodeFactory<? extends NodeModel>) type.getConstructor().newInstance();
            List<String> problems = NodeDescriptionCheck.problems(factory);
            assertEquals(List.of(), problems, node.factoryClass());
        }
    }

    @Test
    void portTypesAreLoadable() throws Exception {
        PluginXml plugin = PluginXml.load();
        assertFalse(plugin.portTypes().isEmpty());
        for (PluginXml.PortTypeEntry entry : plugin.portTypes()) {
            assertTrue(PortObject.class.isAssignableFrom(Class.forName(entry.objectClass())), entry.objectClass());
            assertTrue(PortObjectSpec.class.isAssignableFrom(Class.forName(entry.specClass())), entry.specClass());
            Object objectSerializer = Class.forName(entry.objectSerializer()).getConstructor().newInstance();
            Object specSerializer = Class.forName(entry.specSerializer()).getConstructor().newInstance();
            assertTrue(objectSerializer instanceof PortObjectSerializer, entry.objectSerializer());
            assertTrue(specSerializer instanceof PortObjectSpecSerializer, entry.specSerializer());
        }
    }
}
