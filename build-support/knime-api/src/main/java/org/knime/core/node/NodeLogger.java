package org.knime.core.node;

import java.lang.System.Logger.Level;

/** Logger for node code; the stand-in writes through {@link System.Logger}. */
public final class NodeLogger {

    private final System.Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = System.getLogger(name);
    }

    public static NodeLogger getLogger(final Class<?> type) {
        return new NodeLogger(type.getName());
    }

    public static NodeLogger getLogger(final String name) {
        return new NodeLogger(name);
    }

    public void debug(final Object message) {
        m_logger.log(Level.DEBUG, String.valueOf(message));
    }

    public void debug(final Object message, final Throwable error) {
        m_logger.log(Level.DEBUG, String.valueOf(message), error);
    }

    public void info(final Object message) {
        m_logger.log(Level.INFO, String.valueOf(message));
    }

    public void info(final Object message, final Throwable error) {
        m_logger.log(Level.INFO, String.valueOf(message), error);
    }

    public void warn(final Object message) {
        m_logger.log(Level.WARNING, String.valueOf(message));
    }

    public void warn(final Object message, final Throwable error) {
        m_logger.log(Level.WARNING, String.valueOf(message), error);
    }

    public void error(final Object message) {
        m_logger.log(Level.ERROR, String.valueOf(message));
    }

    public void error(final Object message, final Throwable error) {
        m_logger.log(Level.ERROR, String.valueOf(message), error);
    }
}
