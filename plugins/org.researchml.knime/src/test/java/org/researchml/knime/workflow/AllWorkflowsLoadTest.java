package org.researchml.knime.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.PluginXml;

/**
 * Loads every workflow folder under the repository's {@code test-workflows/}: each node's factory must be registered
 * in plugin.xml and each node's settings must load through the node's own validation and save the same keys.
 */
class AllWorkflowsLoadTest {

    @TestFactory
    Stream<DynamicTest> everyWorkflowLoads() throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(WorkflowRun.TEST_WORKFLOWS)) {
            folders = children.filter(folder -> Files.isRegularFile(folder.resolve("workflow.knime"))).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "No workflow folder under " + WorkflowRun.TEST_WORKFLOWS.toAbsolutePath());
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> checkWorkflow(folder)));
    }

    private static void checkWorkflow(Path folder) throws Exception {
        WorkflowRun run = WorkflowRun.load(folder);
        PluginXml plugin = PluginXml.load();

        assertFalse(run.nodes().isEmpty(), folder + " has no nodes");
        for (WorkflowRun.WorkflowNode node : run.nodes().values()) {
            assertTrue(plugin.hasNode(node.factoryClass()), node.name() + " is not in plugin.xml");
            @SuppressWarnings("unchecked")
            NodeFactory<NodeModel> factory = (NodeFactory<NodeModel>) Class.forName(node.factoryClass())
                    .getConstructor().newInstance();
            NodeHarness<NodeModel> harness = NodeHarness.of(factory);
            harness.loadSettings(node.model());
            assertEquals(node.model().keySet(), harness.savedSettings().keySet(), node.name() + " settings keys");
        }
    }
}
