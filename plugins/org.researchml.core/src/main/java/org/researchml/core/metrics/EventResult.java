package org.researchml.core.metrics;

/**
 * Outcome for one true event, a maximal run of truth = 1.
 *
 * @param onsetSeconds start of the event, seconds from the first sample
 * @param durationSeconds length of the event in seconds
 * @param found whether at least one sample inside the event was predicted positive
 * @param latencySeconds time from the onset to the first predicted-positive sample inside the event,
 *     or NaN when the event was missed
 */
public record EventResult(double onsetSeconds, double durationSeconds, boolean found, double latencySeconds) {
}
