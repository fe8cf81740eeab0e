package org.researchml.core.segmentation;

import org.researchml.core.progress.ProgressListener;

/**
 * Receives training progress: the overall fraction as a {@link ProgressListener}, plus each step's
 * loss and each epoch's validation scores. {@link #isCanceled()} is checked before every step.
 */
public interface TrainingListener extends ProgressListener {

    /** Wraps a plain progress listener; step and epoch events are dropped. */
    static TrainingListener of(ProgressListener listener) {
        return new TrainingListener() {
            @Override
            public void progress(double fraction, String message) {
                listener.progress(fraction, message);
            }

            @Override
            public boolean isCanceled() {
                return listener.isCanceled();
            }
        };
    }

    /**
     * Called after each training step.
     *
     * @param epoch epoch number from 1
     * @param step step number within the epoch, from 1
     * @param loss training loss of this step's minibatch
     */
    default void stepFinished(int epoch, int step, double loss) {
    }

    /** Called after each epoch's validation. */
    default void epochFinished(EpochRecord record) {
    }
}
