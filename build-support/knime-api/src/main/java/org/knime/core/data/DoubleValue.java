package org.knime.core.data;

/** Cell content that is a value readable as a double. */
public interface DoubleValue extends DataValue {

    double getDoubleValue();
}
