package org.researchml.core.eeg;

/**
 * Description of one signal channel of a recording.
 *
 * @param label channel label with surrounding spaces removed, for example {@code Fc5.}
 * @param samplingRateHz samples per second of this channel
 * @param physicalUnit unit of the physical values, for example {@code uV}; empty if unknown
 * @param transducer transducer type from the header; empty if unknown
 * @param prefiltering prefiltering description from the header; empty if unknown
 */
public record ChannelInfo(String label, double samplingRateHz, String physicalUnit, String transducer,
        String prefiltering) {

    /** Creates a channel with only a label, a sampling rate and a unit. */
    public ChannelInfo(String label, double samplingRateHz, String physicalUnit) {
        this(label, samplingRateHz, physicalUnit, "", "");
    }
}
