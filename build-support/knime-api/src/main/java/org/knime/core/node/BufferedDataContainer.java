package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Container whose table is a {@link BufferedDataTable}; created by {@link ExecutionContext#createDataContainer}. */
public class BufferedDataContainer extends DataContainer {

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    @Override
    public BufferedDataTable getTable() {
        return new BufferedDataTable(getTableSpec(), rows());
    }
}
