package org.researchml.core.ensemble;

/**
 * One value that explains a trained member, for example a coefficient or an importance.
 *
 * @param member member label, for example {@code 1: Random forest}
 * @param feature feature name
 * @param valueKind what the value is, one of the {@code VALUE_*} constants of {@link MemberInterpreter}
 * @param value the value; its unit follows from {@code valueKind}
 */
public record InterpretationRow(String member, String feature, String valueKind, double value) {
}
