/**
 * Common Spatial Patterns for two classes, fitted on training data and applied to other recordings.
 *
 * <p>Typical use: fit on a training run, then compute window features of the virtual channels of any run.
 * <pre>{@code
 * CspModel model = CommonSpatialPatterns.fit(training, trainingLabels, 3);
 * Recording virtualChannels = model.apply(evaluation);   // channels CSP1..CSP6
 * }</pre>
 */
package org.researchml.core.features.csp;
