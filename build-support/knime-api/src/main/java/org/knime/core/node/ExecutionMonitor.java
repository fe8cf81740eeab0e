package org.knime.core.node;

/** Forwards progress to a {@link NodeProgressMonitor} and checks for cancellation. */
public class ExecutionMonitor {

    private final NodeProgressMonitor m_progress;

    public ExecutionMonitor() {
        this(new DefaultNodeProgressMonitor());
    }

    public ExecutionMonitor(final NodeProgressMonitor progress) {
        m_progress = progress;
    }

    public NodeProgressMonitor getProgressMonitor() {
        return m_progress;
    }

    public void checkCanceled() throws CanceledExecutionException {
        m_progress.checkCanceled();
    }

    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    public void setProgress(final double progress, final String message) {
        m_progress.setProgress(progress, message);
    }

    public void setProgress(final String message) {
        m_progress.setMessage(message);
    }

    public void setMessage(final String message) {
        m_progress.setMessage(message);
    }

    /** Returns a monitor whose range 0..1 covers {@code fraction} of this one's range. */
    public ExecutionMonitor createSubProgress(final double fraction) {
        return new ExecutionMonitor(new SubProgress(m_progress, fraction));
    }

    /** Returns a monitor that forwards progress like {@link #createSubProgress(double)} but no messages. */
    public ExecutionMonitor createSilentSubProgress(final double fraction) {
        return new ExecutionMonitor(new SubProgress(m_progress, fraction) {
            @Override
            public void setMessage(final String message) {
                // Silent: messages are dropped.
            }
        });
    }

    /** Adds each step of the sub range to the parent, scaled by the fraction the parent gave away. */
    static class SubProgress implements NodeProgressMonitor {

        private final NodeProgressMonitor m_parent;

        private final double m_fraction;

        private double m_last;

        private String m_message;

        SubProgress(final NodeProgressMonitor parent, final double fraction) {
            m_parent = parent;
            m_fraction = Math.max(0, Math.min(1, fraction));
        }

        @Override
        public void checkCanceled() throws CanceledExecutionException {
            m_parent.checkCanceled();
        }

        @Override
        public synchronized void setProgress(final double progress) {
            double clamped = Math.max(0, Math.min(1, progress));
            double parentProgress = m_parent.getProgress() == null ? 0 : m_parent.getProgress();
            m_parent.setProgress(parentProgress + (clamped - m_last) * m_fraction);
            m_last = clamped;
        }

        @Override
        public void setMessage(final String message) {
            m_message = message;
            m_parent.setMessage(message);
        }

        @Override
        public void setProgress(final double progress, final String message) {
            setProgress(progress);
            setMessage(message);
        }

        @Override
        public Double getProgress() {
            return m_last;
        }

        @Override
        public String getMessage() {
            return m_message;
        }

        @Override
        public void setExecuteCanceled() {
            m_parent.setExecuteCanceled();
        }

        @Override
        public void reset() {
            m_last = 0;
            m_message = null;
        }
    }
}
