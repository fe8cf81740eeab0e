package org.knime.core.data;

/** Cell content that is a value readable as a string. */
public interface StringValue extends DataValue {

    String getStringValue();
}
