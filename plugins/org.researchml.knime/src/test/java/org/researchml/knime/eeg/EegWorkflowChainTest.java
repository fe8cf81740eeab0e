package org.researchml.knime.eeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.researchml.knime.convert.CspTable;
import org.researchml.knime.convert.FeaturesTable;
import org.researchml.knime.workflow.WorkflowRun;

class EegWorkflowChainTest {

    @Test
    void readerToFeaturesChainRuns() throws Exception {
        WorkflowRun run = WorkflowRun.load(WorkflowRun.TEST_WORKFLOWS.resolve("eeg-event-detection"));

        Map<Integer, PortObject[]> outputs = run.execute(Map.of());

        BufferedDataTable raw = (BufferedDataTable) outputs.get(1)[0];
        BufferedDataTable filtered = (BufferedDataTable) outputs.get(2)[0];
        BufferedDataTable labelled = (BufferedDataTable) outputs.get(3)[0];
        BufferedDataTable features = (BufferedDataTable) outputs.get(4)[0];
        assertEquals(raw.getDataTableSpec(), filtered.getDataTableSpec());
        assertTrue(EegTestTables.column(raw, "C3..")[500] != EegTestTables.column(filtered, "C3..")[500]);
        assertEquals(List.of("time_s", "C3..", "Cz..", "C4..", "label"),
                List.of(labelled.getDataTableSpec().getColumnNames()));
        double events = Arrays.stream(EegTestTables.column(labelled, "label")).sum();
        assertTrue(events > 0, "labelled samples: " + events);
        assertTrue(events < labelled.size(), "labelled samples: " + events);
        // 60 s at 160 Hz with 1 s windows every 0.25 s: (60 - 1) / 0.25 + 1 windows.
        assertEquals(237, features.size());
        assertEquals("C3..:logvar", features.getDataTableSpec().getColumnSpec(3).getName());
        assertTrue(features.getDataTableSpec().containsName("C4..:power_13-30Hz"));
        assertTrue(features.getDataTableSpec().containsName(FeaturesTable.LABEL));
        assertEquals(CspTable.spec(), ((BufferedDataTable) outputs.get(4)[1]).getDataTableSpec());
    }
}
