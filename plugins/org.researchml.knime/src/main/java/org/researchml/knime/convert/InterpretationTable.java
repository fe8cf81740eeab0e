package org.researchml.knime.convert;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.researchml.core.ensemble.InterpretationRow;

/**
 * Interpretation table of a trained ensemble: one row per member, feature and value kind (for example a
 * standardized coefficient or an impurity decrease) with the value.
 */
public final class InterpretationTable {

    public static final String MEMBER = "member";
    public static final String FEATURE = "feature";
    public static final String VALUE_KIND = "value_kind";
    public static final String VALUE = "value";

    private InterpretationTable() {
    }

    public static DataTableSpec spec() {
        return new DataTableSpec(new String[] {MEMBER, FEATURE, VALUE_KIND, VALUE},
                new DataType[] {StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});
    }

    /** Writes one row per interpretation value, checking for cancellation every 1000 rows. */
    public static BufferedDataTable write(List<InterpretationRow> rows, ExecutionContext exec)
            throws CanceledExecutionException {
        BufferedDataContainer container = exec.createDataContainer(spec());
        for (int i = 0; i < rows.size(); i++) {
            if (i % 1000 == 0) {
                exec.checkCanceled();
            }
            InterpretationRow row = rows.get(i);
            DataCell[] cells = {new StringCell(row.member()), new StringCell(row.feature()),
                new StringCell(row.valueKind()), new DoubleCell(row.value())};
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(i), cells));
        }
        container.close();
        return container.getTable();
    }
}
