package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.InvalidSettingsException;

/**
 * Column roles of a samples table for nodes that process EEG channels. Besides {@value SamplesTable#TIME}, a
 * samples table may carry signal columns (double), integer columns such as 0/1 event or label columns, and other
 * columns such as {@value SamplesTable#FILE}. Integer columns are never treated as signals, because KNIME integer
 * cells are also double values.
 */
public final class SampleColumns {

    private SampleColumns() {
    }

    /**
     * Returns the signal columns of a samples spec: every double column that is neither {@value SamplesTable#TIME}
     * nor an integer column, in table order.
     *
     * @throws InvalidSettingsException if the time column is missing or there is no signal column
     */
    public static List<String> signalColumns(DataTableSpec spec) throws InvalidSettingsException {
        TableChecks.requireColumn(spec, "samples", SamplesTable.TIME, DoubleValue.class);
        List<String> signals = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            if (isSignal(column)) {
                signals.add(column.getName());
            }
        }
        if (signals.isEmpty()) {
            throw new InvalidSettingsException("The samples table has no double channel column besides '"
                    + SamplesTable.TIME + "'. Connect the samples output of the EEG Reader or a table of that layout.");
        }
        return signals;
    }

    /** Returns the integer columns of a spec, candidates for 0/1 event and label columns, in table order. */
    public static List<String> integerColumns(DataTableSpec spec) {
        List<String> integers = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            if (column.getType().isCompatible(IntValue.class)) {
                integers.add(column.getName());
            }
        }
        return integers;
    }

    private static boolean isSignal(DataColumnSpec column) {
        DataType type = column.getType();
        return !column.getName().equals(SamplesTable.TIME) && type.isCompatible(DoubleValue.class)
                && !type.isCompatible(IntValue.class) && !type.isCompatible(LongValue.class);
    }

    /**
     * Returns the channels a node works on: the chosen ones after checking them, or all signal columns when none are
     * chosen.
     *
     * @param chosen chosen column names, empty or {@code null} for all signal columns
     * @param option dialog label of the channel option, used in messages
     * @throws InvalidSettingsException if a chosen column is missing, not a signal column, or chosen twice
     */
    public static List<String> chosenChannels(DataTableSpec spec, String[] chosen, String option)
            throws InvalidSettingsException {
        List<String> signals = signalColumns(spec);
        if (chosen == null || chosen.length == 0) {
            return signals;
        }
        List<String> channels = new ArrayList<>();
        for (String name : chosen) {
            if (!signals.contains(name)) {
                String problem = spec.containsName(name) ? "is not a double signal column" : "is not in the samples table";
                throw new InvalidSettingsException("Channel '" + name + "' of '" + option + "' " + problem
                        + ". Choose from: " + String.join(", ", signals) + ".");
            }
            if (channels.contains(name)) {
                throw new InvalidSettingsException("'" + option + "' lists channel '" + name + "' twice. List each "
                        + "channel once.");
            }
            channels.add(name);
        }
        return channels;
    }

    /**
     * Returns the spec with one more integer column at the end.
     *
     * @param option dialog label of the option that names the column, used in messages
     * @throws InvalidSettingsException if the name is blank or already taken
     */
    public static DataTableSpec withIntColumn(DataTableSpec spec, String name, String option)
            throws InvalidSettingsException {
        if (name == null || name.isBlank()) {
            throw new InvalidSettingsException("'" + option + "' is empty. Enter a name for the new column, for "
                    + "example label.");
        }
        if (spec.containsName(name)) {
            throw new InvalidSettingsException("The input already has a column '" + name + "'. Enter another name in '"
                    + option + "'.");
        }
        List<String> names = new ArrayList<>(Arrays.asList(spec.getColumnNames()));
        List<DataType> types = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            types.add(column.getType());
        }
        names.add(name);
        types.add(IntCell.TYPE);
        return new DataTableSpec(names.toArray(new String[0]), types.toArray(new DataType[0]));
    }

    /**
     * Returns the spec of a samples table with signal columns and integer event columns after them, as the
     * resampler writes it.
     */
    public static DataTableSpec specWithEvents(List<String> channels, List<String> events) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        names.add(SamplesTable.TIME);
        types.add(DoubleCell.TYPE);
        for (String channel : channels) {
            names.add(channel);
            types.add(DoubleCell.TYPE);
        }
        for (String event : events) {
            names.add(event);
            types.add(IntCell.TYPE);
        }
        return new DataTableSpec(names.toArray(new String[0]), types.toArray(new DataType[0]));
    }
}
