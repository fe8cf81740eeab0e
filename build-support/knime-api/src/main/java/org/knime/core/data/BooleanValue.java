package org.knime.core.data;

/** Cell content that is a value readable as a boolean. */
public interface BooleanValue extends DataValue {

    boolean getBooleanValue();
}
