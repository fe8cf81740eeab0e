package org.researchml.knime.eeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.researchml.knime.convert.CspTable;
import org.researchml.knime.convert.FeaturesTable;
import org.researchml.knime.workflow.WorkflowRun;

class EegWorkflowChainTest {

    /** Training branch of the workflow: reader, re-reference, filter, labeler, window features. */
    private static final int READER = 1;
    private static final int REREFERENCE = 2;
    private static final int FILTER = 3;
    private static final int LABELER = 4;
    private static final int FEATURES = 5;

    @Test
    void readerToFeaturesChainRuns() throws Exception {
        WorkflowRun run = WorkflowRun.load(WorkflowRun.TEST_WORKFLOWS.resolve("eeg-event-detection"));

        Map<Integer, PortObject[]> outputs = run.execute(Map.of(), List.of(), Set.of(FEATURES));

        assertEquals(Set.of(READER, REREFERENCE, FILTER, LABELER, FEATURES), outputs.keySet());
        BufferedDataTable raw = (BufferedDataTable) outputs.get(READER)[0];
        BufferedDataTable rereferenced = (BufferedDataTable) outputs.get(REREFERENCE)[0];
        BufferedDataTable filtered = (BufferedDataTable) outputs.get(FILTER)[0];
        BufferedDataTable labelled = (BufferedDataTable) outputs.get(LABELER)[0];
        BufferedDataTable features = (BufferedDataTable) outputs.get(FEATURES)[0];
        assertEquals(raw.getDataTableSpec(), rereferenced.getDataTableSpec());
        assertEquals(raw.getDataTableSpec(), filtered.getDataTableSpec());
        assertTrue(EegTestTables.column(raw, "C3..")[500] != EegTestTables.column(rereferenced, "C3..")[500]);
        assertTrue(EegTestTables.column(rereferenced, "C3..")[500] != EegTestTables.column(filtered, "C3..")[500]);
        double channelSum = 0;
        for (String column : rereferenced.getDataTableSpec().getColumnNames()) {
            if (!column.equals("time_s")) {
                channelSum += EegTestTables.column(rereferenced, column)[500];
            }
        }
        assertEquals(0, channelSum, 1e-6, "common average: channels sum to 0 in every sample");
        assertEquals(1 + 64 + 1, labelled.getDataTableSpec().getNumColumns());
        assertEquals("label", labelled.getDataTableSpec().getColumnNames()[65]);
        double events = Arrays.stream(EegTestTables.column(labelled, "label")).sum();
        assertTrue(events > 0, "labelled samples: " + events);
        assertTrue(events < labelled.size(), "labelled samples: " + events);
        // 125 s at 160 Hz with 2 s windows every 0.125 s: (20000 - 320) / 20 + 1 windows.
        assertEquals(985, features.size());
        assertEquals("Fc5.:logvar", features.getDataTableSpec().getColumnSpec(3).getName());
        assertTrue(features.getDataTableSpec().containsName("C4..:power_30-75Hz"));
        assertTrue(features.getDataTableSpec().containsName(FeaturesTable.LABEL));
        assertEquals(CspTable.spec(), ((BufferedDataTable) outputs.get(FEATURES)[1]).getDataTableSpec());
    }
}
