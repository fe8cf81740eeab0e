package org.researchml.knime.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionMonitor;
import org.researchml.core.progress.CanceledException;

class ExecutionProgressTest {

    @Test
    void progressReachesMonitor() throws Exception {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();

        String result = ExecutionProgress.run(new ExecutionMonitor(monitor), listener -> {
            listener.subProgress(0.5, 0.5).progress(0.5, "Filtering");
            return "done";
        });

        assertEquals("done", result);
        assertEquals(0.75, monitor.getProgress(), 1e-12);
        assertEquals("Filtering", monitor.getMessage());
    }

    @Test
    void cancelReachesCore() {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        ExecutionProgress progress = new ExecutionProgress(new ExecutionMonitor(monitor));
        assertFalse(progress.isCanceled());

        monitor.setExecuteCanceled();

        assertTrue(progress.isCanceled());
        assertThrows(CanceledException.class, progress::checkCanceled);
    }

    @Test
    void coreCancelBecomesKnimeCancel() {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        monitor.setExecuteCanceled();

        assertThrows(CanceledExecutionException.class, () -> ExecutionProgress.run(new ExecutionMonitor(monitor),
                listener -> {
                    listener.checkCanceled();
                    return null;
                }));
    }
}
