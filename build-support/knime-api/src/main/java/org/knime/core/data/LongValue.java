package org.knime.core.data;

/** Cell content that is a value readable as a long. */
public interface LongValue extends DataValue {

    long getLongValue();
}
