package org.knime.core.node;

/** Receives progress of an executing node and stores whether the user canceled it. */
public interface NodeProgressMonitor {

    void checkCanceled() throws CanceledExecutionException;

    void setProgress(double progress);

    void setMessage(String message);

    void setProgress(double progress, String message);

    /** Returns the progress from 0 to 1, or {@code null} if none was reported. */
    Double getProgress();

    String getMessage();

    void setExecuteCanceled();

    void reset();
}
