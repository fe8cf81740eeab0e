package org.researchml.core.study;

import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.csp.CspModel;

/**
 * Training features of a study.
 *
 * @param fitTable windows the ensemble is fitted on
 * @param validationTable held-out windows the threshold is chosen on
 * @param csp CSP filters fitted on the fitting part, or {@code null} when CSP is off
 */
public record StudyFeatureSet(FeatureTable fitTable, FeatureTable validationTable, CspModel csp) {
}
