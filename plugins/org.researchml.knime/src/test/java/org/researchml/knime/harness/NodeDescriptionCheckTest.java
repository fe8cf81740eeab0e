package org.researchml.knime.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NodeDescriptionCheckTest {

    @Test
    void completeDescriptionPasses() throws Exception {
        assertEquals(List.of(), NodeDescriptionCheck.problems(new ScaleTestNodeFactory()));
    }

    @Test
    void faultyDescriptionIsReported() throws Exception {
        List<String> problems = NodeDescriptionCheck.problems(new BadlyDescribedTestNodeFactory());
        String all = String.join("\n", problems);

        assertTrue(all.contains("type 'Calculator'"), all);
        assertTrue(all.contains("<name> is out of order"), all);
        assertTrue(all.contains("must start with <intro>"), all);
        assertTrue(all.contains("dialog option 'Factor' has no <option"), all);
        assertTrue(all.contains("<inPort> indices are []"), all);
    }

    @Test
    void dialogLabelsAreCollected() throws Exception {
        assertEquals(List.of("Factor"), NodeDescriptionCheck.dialogLabels(new ScaleTestNodeFactory()));
    }
}
