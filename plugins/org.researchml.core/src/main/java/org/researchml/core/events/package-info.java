/**
 * Per-sample event labels from annotations or event columns, and event intervals.
 *
 * <p>Typical use on an EEGMMIDB run, where T1 and T2 mark movement and T0 rest:
 * <pre>{@code
 * int[] labels = EventLabeler.fromAnnotations(recording, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);
 * List<EventInterval> events = EventIntervals.of(labels);
 * }</pre>
 */
package org.researchml.core.events;
