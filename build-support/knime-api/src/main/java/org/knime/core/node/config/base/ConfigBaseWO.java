package org.knime.core.node.config.base;

/** Write access to a tree of typed settings; adding a key that exists replaces its value. */
public interface ConfigBaseWO {

    String getKey();

    void addInt(String key, int value);

    void addLong(String key, long value);

    void addDouble(String key, double value);

    void addBoolean(String key, boolean value);

    void addString(String key, String value);

    void addIntArray(String key, int... values);

    void addDoubleArray(String key, double... values);

    void addStringArray(String key, String... values);
}
