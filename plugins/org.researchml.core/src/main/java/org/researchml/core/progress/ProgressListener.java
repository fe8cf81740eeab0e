package org.researchml.core.progress;

/**
 * Receives progress of long work and decides whether it goes on.
 *
 * <p>The command line shows it as a progress bar; a KNIME node forwards it to its execution monitor.
 */
public interface ProgressListener {

    /** Listener that ignores progress and never cancels. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param fraction done so far, from 0 to 1
     * @param message short description of the current step, may be {@code null}
     */
    void progress(double fraction, String message);

    /** Returns whether the user asked to stop. */
    boolean isCanceled();

    /**
     * Throws if the user asked to stop; long loops call it once per iteration.
     *
     * @throws CanceledException if {@link #isCanceled()} is true
     */
    default void checkCanceled() throws CanceledException {
        if (isCanceled()) {
            throw new CanceledException();
        }
    }

    /**
     * Returns a listener that maps the range 0..1 onto {@code start..start+length} of this one.
     */
    default ProgressListener subProgress(double start, double length) {
        ProgressListener parent = this;
        return new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                double clamped = Math.max(0, Math.min(1, fraction));
                parent.progress(start + clamped * length, message);
            }

            @Override
            public boolean isCanceled() {
                return parent.isCanceled();
            }
        };
    }
}
