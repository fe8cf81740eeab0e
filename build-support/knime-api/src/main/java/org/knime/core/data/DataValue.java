package org.knime.core.data;

/** Marker for the kinds of content a cell offers; a column type is compatible with the values its cells implement. */
public interface DataValue {
}
