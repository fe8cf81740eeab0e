package org.knime.core.node.defaultnodesettings;

/** Numeric setting that a number dialog component edits as text. */
public abstract class SettingsModelNumber extends SettingsModel {

    /** Parses and sets the value from text; throws NumberFormatException or IllegalArgumentException. */
    protected abstract void setNumberValueStr(String value);

    protected abstract String getNumberValueStr();
}
