package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/** Target that rows are appended to. */
public interface RowAppender {

    void addRowToTable(DataRow row);
}
