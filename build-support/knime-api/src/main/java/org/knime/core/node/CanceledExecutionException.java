package org.knime.core.node;

/** Thrown by {@link ExecutionMonitor#checkCanceled()} once the user has canceled the execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String message) {
        super(message);
    }
}
