package org.knime.core.data.container;

import org.knime.core.data.RowIterator;

/** Row iterator that keeps resources open until closed. */
public abstract class CloseableRowIterator extends RowIterator implements AutoCloseable {

    @Override
    public abstract void close();
}
