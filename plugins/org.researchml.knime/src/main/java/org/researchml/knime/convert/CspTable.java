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
import org.researchml.core.features.csp.CspModel;

/**
 * CSP table: one row per virtual channel and input channel. A row contains the filter weight that the virtual channel
 * gives the input channel and the pattern value, which is the scalp map to plot for interpretation. The event share of
 * the virtual channel's variance is repeated on each of its rows.
 */
public final class CspTable {

    public static final String VIRTUAL_CHANNEL = "virtual_channel";
    public static final String CHANNEL = "channel";
    public static final String FILTER_WEIGHT = "filter_weight";
    public static final String PATTERN = "pattern";
    public static final String EVENT_VARIANCE_FRACTION = "event_variance_fraction";

    private CspTable() {
    }

    /** Returns the spec of a CSP table; it does not depend on the channels. */
    public static DataTableSpec spec() {
        return new DataTableSpec(new String[] {VIRTUAL_CHANNEL, CHANNEL, FILTER_WEIGHT, PATTERN,
            EVENT_VARIANCE_FRACTION}, new DataType[] {StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE,
                DoubleCell.TYPE, DoubleCell.TYPE});
    }

    /** Writes the filters and patterns of a fitted model; a {@code null} model gives an empty table. */
    public static BufferedDataTable write(CspModel model, ExecutionContext exec) throws CanceledExecutionException {
        BufferedDataContainer container = exec.createDataContainer(spec());
        if (model != null) {
            double[][] filters = model.filters();
            double[][] patterns = model.patterns();
            double[] fractions = model.classOneVarianceFractions();
            List<String> channels = model.channelLabels();
            List<String> virtual = model.virtualChannelLabels();
            long row = 0;
            for (int j = 0; j < filters.length; j++) {
                exec.checkCanceled();
                for (int c = 0; c < channels.size(); c++) {
                    DataCell[] cells = {new StringCell(virtual.get(j)), new StringCell(channels.get(c)),
                        new DoubleCell(filters[j][c]), new DoubleCell(patterns[c][j]), new DoubleCell(fractions[j])};
                    container.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), cells));
                }
            }
        }
        container.close();
        exec.setProgress(1);
        return container.getTable();
    }
}
