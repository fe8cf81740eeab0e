package org.researchml.core.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal run of consecutive samples whose 0/1 flag is 1.
 *
 * @param startSample index of the first sample in the run
 * @param endSample index one past the last sample in the run
 */
public record SampleRun(int startSample, int endSample) {

    public SampleRun {
        if (startSample < 0 || endSample <= startSample) {
            throw new IllegalArgumentException("A run needs 0 <= startSample < endSample, but got "
                    + startSample + ".." + endSample + ".");
        }
    }

    /** Returns the number of samples in the run. */
    public int length() {
        return endSample - startSample;
    }

    /** Finds the maximal runs of 1 in a 0/1 array, in order. */
    public static List<SampleRun> findRuns(int[] flags) {
        List<SampleRun> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == 1 && start < 0) {
                start = i;
            } else if (flags[i] != 1 && start >= 0) {
                runs.add(new SampleRun(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(new SampleRun(start, flags.length));
        }
        return runs;
    }
}
