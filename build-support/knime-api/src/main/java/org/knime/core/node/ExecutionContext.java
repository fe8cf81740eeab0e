package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/** Execution monitor that also creates the tables a node outputs. */
public class ExecutionContext extends ExecutionMonitor {

    /**
     * Creates a context on a progress monitor.
     *
     * <p>NOTE: stand-in only, for test harnesses; the real KNIME constructor also takes the node and memory policy,
     * and node code never constructs a context.
     */
    public ExecutionContext(final NodeProgressMonitor progress) {
        super(progress);
    }

    /** Creates an empty in-memory container for rows of this spec. */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    /** Returns a context whose progress range covers {@code fraction} of this one's range. */
    public ExecutionContext createSubExecutionContext(final double fraction) {
        return new ExecutionContext(new SubProgress(getProgressMonitor(), fraction));
    }
}
