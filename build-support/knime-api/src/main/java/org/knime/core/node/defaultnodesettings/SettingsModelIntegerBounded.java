package org.knime.core.node.defaultnodesettings;

/** Integer setting restricted to {@code [min, max]}. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int m_minValue;

    private final int m_maxValue;

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Minimum " + minValue + " is larger than maximum " + maxValue + ".");
        }
        m_minValue = minValue;
        m_maxValue = maxValue;
        if (defaultValue < minValue || defaultValue > maxValue) {
            throw new IllegalArgumentException("Default value " + defaultValue + " of '" + configName
                + "' is outside [" + minValue + ", " + maxValue + "].");
        }
    }

    public int getLowerBound() {
        return m_minValue;
    }

    public int getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final int value) {
        // Called from the super constructor before the bounds are set; the constructor checks the default itself.
        if (m_minValue <= m_maxValue && (value < m_minValue || value > m_maxValue)) {
            throw new IllegalArgumentException("Value " + value + " of '" + getConfigName() + "' is outside ["
                + m_minValue + ", " + m_maxValue + "].");
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelIntegerBounded createClone() {
        return new SettingsModelIntegerBounded(getConfigName(), getIntValue(), m_minValue, m_maxValue);
    }
}
