package org.researchml.core.eeg.edf;

/**
 * One signal as declared in the EDF or BDF header.
 *
 * @param label label with surrounding spaces removed, before duplicate labels are made unique
 * @param transducer transducer type
 * @param physicalUnit physical dimension, for example {@code uV}
 * @param physicalMinimum physical value of {@code digitalMinimum}
 * @param physicalMaximum physical value of {@code digitalMaximum}
 * @param digitalMinimum smallest stored integer
 * @param digitalMaximum largest stored integer
 * @param prefiltering prefiltering description
 * @param samplesPerRecord samples of this signal in each data record
 * @param annotation whether this is an {@code EDF Annotations} or {@code BDF Annotations} channel
 */
public record EdfSignal(String label, String transducer, String physicalUnit, double physicalMinimum,
        double physicalMaximum, double digitalMinimum, double digitalMaximum, String prefiltering,
        int samplesPerRecord, boolean annotation) {

    /** Returns the physical units per digital step. */
    public double gain() {
        return (physicalMaximum - physicalMinimum) / (digitalMaximum - digitalMinimum);
    }

    /** Converts a stored integer to its physical value: {@code (digital - dmin) * gain + pmin}. */
    public double toPhysical(int digital) {
        return (digital - digitalMinimum) * gain() + physicalMinimum;
    }
}
