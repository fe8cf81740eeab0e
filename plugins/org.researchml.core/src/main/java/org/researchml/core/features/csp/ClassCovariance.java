package org.researchml.core.features.csp;

/** Covariance of the channels over the samples of one class. */
final class ClassCovariance {

    private ClassCovariance() {
    }

    /**
     * Returns the channel covariance around the class mean, divided by the class's sample count.
     *
     * @param samples {@code samples[channel][sample]}
     * @param labels one label per sample
     * @param label class whose samples are used, which at least one sample must have
     */
    static double[][] of(double[][] samples, int[] labels, int label) {
        int channelCount = samples.length;
        int sampleCount = labels.length;
        double[] mean = new double[channelCount];
        int count = 0;
        for (int i = 0; i < sampleCount; i++) {
            if (labels[i] == label) {
                count++;
            }
        }
        for (int c = 0; c < channelCount; c++) {
            double sum = 0;
            double[] channel = samples[c];
            for (int i = 0; i < sampleCount; i++) {
                if (labels[i] == label) {
                    sum += channel[i];
                }
            }
            mean[c] = sum / count;
        }
        // Gather the class's centred samples sample-major, so the inner product loop runs over contiguous memory.
        double[][] centred = new double[channelCount][count];
        for (int c = 0; c < channelCount; c++) {
            int k = 0;
            double[] channel = samples[c];
            for (int i = 0; i < sampleCount; i++) {
                if (labels[i] == label) {
                    centred[c][k++] = channel[i] - mean[c];
                }
            }
        }
        double[][] covariance = new double[channelCount][channelCount];
        for (int a = 0; a < channelCount; a++) {
            for (int b = a; b < channelCount; b++) {
                double sum = 0;
                double[] x = centred[a];
                double[] y = centred[b];
                for (int k = 0; k < count; k++) {
                    sum += x[k] * y[k];
                }
                covariance[a][b] = sum / count;
                covariance[b][a] = covariance[a][b];
            }
        }
        return covariance;
    }
}
