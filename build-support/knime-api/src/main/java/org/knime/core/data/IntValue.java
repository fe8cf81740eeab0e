package org.knime.core.data;

/** Cell content that is a value readable as an int. */
public interface IntValue extends DataValue {

    int getIntValue();
}
