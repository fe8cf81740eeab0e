package org.knime.core.node.port;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hands out one {@link PortType} per port object class and optional flag. */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType[]> m_types = new ConcurrentHashMap<>();

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass) {
        return getPortType(objectClass, false);
    }

    @SuppressWarnings("deprecation")
    public PortType getPortType(final Class<? extends PortObject> objectClass, final boolean optional) {
        PortType[] pair = m_types.computeIfAbsent(objectClass,
            c -> new PortType[]{new PortType(c, false), new PortType(c, true)});
        return pair[optional ? 1 : 0];
    }
}
