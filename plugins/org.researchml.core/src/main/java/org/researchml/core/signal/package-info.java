/**
 * Signal processing for recordings: Butterworth filter design as second-order sections, zero-phase and causal
 * filtering, re-referencing, channel selection and rational resampling.
 *
 * <p>Array-level entry points are {@link org.researchml.core.signal.ButterworthDesign},
 * {@link org.researchml.core.signal.SosFilter} and {@link org.researchml.core.signal.PolyphaseResampler};
 * whole-recording operations ({@link org.researchml.core.signal.RecordingFilter},
 * {@link org.researchml.core.signal.Rereference}, {@link org.researchml.core.signal.ChannelSelection},
 * {@link org.researchml.core.signal.Resampler}) return new recordings and log what they did through SLF4J.
 */
package org.researchml.core.signal;
