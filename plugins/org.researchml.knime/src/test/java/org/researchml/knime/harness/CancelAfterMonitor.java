package org.researchml.knime.harness;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;

/**
 * Progress monitor that acts as if the user pressed cancel after a number of cancellation checks, so a test can
 * stop a node in the middle of its work.
 */
public final class CancelAfterMonitor extends DefaultNodeProgressMonitor {

    private final int checksBeforeCancel;
    private int checks;

    /** @param checksBeforeCancel cancellation checks that pass before the cancel request; 0 cancels at the first */
    public CancelAfterMonitor(int checksBeforeCancel) {
        this.checksBeforeCancel = checksBeforeCancel;
    }

    @Override
    public synchronized void checkCanceled() throws CanceledExecutionException {
        if (checks >= checksBeforeCancel) {
            setExecuteCanceled();
        }
        checks++;
        super.checkCanceled();
    }

    /** Returns how many cancellation checks the node made. */
    public synchronized int checks() {
        return checks;
    }
}
