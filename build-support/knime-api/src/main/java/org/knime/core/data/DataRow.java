package org.knime.core.data;

/** One row: a key and one cell per column. */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(int index);
}
