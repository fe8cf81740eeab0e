package org.researchml.knime.convert;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/**
 * Forwards core progress to a KNIME execution monitor and reports the user's cancel request back to the core.
 */
public final class ExecutionProgress implements ProgressListener {

    /** Core work that reports to a progress listener. */
    @FunctionalInterface
    public interface Work<T> {

        T run(ProgressListener listener) throws Exception;
    }

    private final ExecutionMonitor exec;

    public ExecutionProgress(ExecutionMonitor exec) {
        this.exec = exec;
    }

    /**
     * Runs core work with this adapter and turns the core's {@link CanceledException} into KNIME's
     * {@link CanceledExecutionException}, so KNIME shows the node as canceled rather than failed.
     */
    public static <T> T run(ExecutionMonitor exec, Work<T> work) throws Exception {
        try {
            return work.run(new ExecutionProgress(exec));
        } catch (CanceledException e) {
            CanceledExecutionException canceled = new CanceledExecutionException(e.getMessage());
            canceled.initCause(e);
            throw canceled;
        }
    }

    @Override
    public void progress(double fraction, String message) {
        double clamped = Math.max(0, Math.min(1, fraction));
        if (message == null) {
            exec.setProgress(clamped);
        } else {
            exec.setProgress(clamped, message);
        }
    }

    @Override
    public boolean isCanceled() {
        try {
            exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }
}
