package org.knime.core.node.defaultnodesettings;

/** Double setting restricted to {@code [min, max]}. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double m_minValue;

    private final double m_maxValue;

    private final boolean m_boundsSet;

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Minimum " + minValue + " is larger than maximum " + maxValue + ".");
        }
        m_minValue = minValue;
        m_maxValue = maxValue;
        m_boundsSet = true;
        validateValue(defaultValue);
    }

    public double getLowerBound() {
        return m_minValue;
    }

    public double getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final double value) {
        // The super constructor calls no validation, but guard anyway until the bounds are set.
        if (m_boundsSet && !(value >= m_minValue && value <= m_maxValue)) {
            throw new IllegalArgumentException("Value " + value + " of '" + getConfigName() + "' is outside ["
                + m_minValue + ", " + m_maxValue + "].");
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDoubleBounded createClone() {
        return new SettingsModelDoubleBounded(getConfigName(), getDoubleValue(), m_minValue, m_maxValue);
    }
}
