package org.knime.core.node.port;

/** Kind of a node port: the port object class and whether the port is optional. */
public final class PortType {

    private final Class<? extends PortObject> m_objectClass;

    private final boolean m_optional;

    /** @deprecated use {@link PortTypeRegistry#getPortType(Class)} */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass) {
        this(objectClass, false);
    }

    /** @deprecated use {@link PortTypeRegistry#getPortType(Class, boolean)} */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass, final boolean optional) {
        if (objectClass == null) {
            throw new IllegalArgumentException("A port type needs a port object class.");
        }
        m_objectClass = objectClass;
        m_optional = optional;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    public boolean isOptional() {
        return m_optional;
    }

    public String getName() {
        return m_objectClass.getSimpleName();
    }

    /** Returns whether objects of the other type can be connected to a port of this type. */
    public boolean isSuperTypeOf(final PortType other) {
        return m_objectClass.isAssignableFrom(other.m_objectClass);
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof PortType type && type.m_objectClass == m_objectClass && type.m_optional == m_optional;
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode() * 2 + (m_optional ? 1 : 0);
    }

    @Override
    public String toString() {
        return getName() + (m_optional ? " (optional)" : "");
    }
}
