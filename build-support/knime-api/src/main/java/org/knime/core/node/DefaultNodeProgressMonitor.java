package org.knime.core.node;

/** Progress monitor that stores the latest progress, message and cancel request. */
public class DefaultNodeProgressMonitor implements NodeProgressMonitor {

    private volatile boolean m_canceled;

    private volatile Double m_progress;

    private volatile String m_message;

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        if (m_canceled) {
            throw new CanceledExecutionException("Execution canceled");
        }
    }

    @Override
    public void setProgress(final double progress) {
        m_progress = Math.max(0, Math.min(1, progress));
    }

    @Override
    public void setMessage(final String message) {
        m_message = message;
    }

    @Override
    public void setProgress(final double progress, final String message) {
        setProgress(progress);
        setMessage(message);
    }

    @Override
    public Double getProgress() {
        return m_progress;
    }

    @Override
    public String getMessage() {
        return m_message;
    }

    @Override
    public void setExecuteCanceled() {
        m_canceled = true;
    }

    @Override
    public void reset() {
        m_canceled = false;
        m_progress = null;
        m_message = null;
    }
}
