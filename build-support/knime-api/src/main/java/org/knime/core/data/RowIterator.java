package org.knime.core.data;

import java.util.Iterator;

/** Iterator over the rows of a table. */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();
}
