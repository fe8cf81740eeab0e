package org.researchml.knime.eeg.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.Recording;

/**
 * Loads the chosen channels of one file a few at a time, so the node reports progress and reacts to cancel between
 * groups. Each group reopens the file, which costs one header parse per group.
 */
final class ChannelGroupLoader {

    /** Channels read per call; 64-channel EDF files take 8 calls. */
    static final int CHANNELS_PER_GROUP = 8;

    private ChannelGroupLoader() {
    }

    /**
     * Loads channels and a time range of a file.
     *
     * @param labels channel labels in output order, at least one
     */
    static Recording load(Path file, List<String> labels, double startSeconds, double endSeconds,
            ExecutionMonitor exec) throws IOException, CanceledExecutionException {
        List<String> allLabels = new ArrayList<>();
        List<String> allUnits = new ArrayList<>();
        double[][] samples = new double[labels.size()][];
        Recording first = null;
        for (int from = 0; from < labels.size(); from += CHANNELS_PER_GROUP) {
            exec.checkCanceled();
            int to = Math.min(labels.size(), from + CHANNELS_PER_GROUP);
            exec.setProgress((double) from / labels.size(), "Reading channels " + (from + 1) + "-" + to + " of "
                    + labels.size() + " from " + file.getFileName());
            Recording group = EegFiles.load(file, labels.subList(from, to), startSeconds, endSeconds);
            if (first == null) {
                first = group;
            }
            for (int c = 0; c < group.channelCount(); c++) {
                samples[from + c] = group.channel(c);
            }
            allLabels.addAll(group.channelLabels());
            allUnits.addAll(group.physicalUnits());
        }
        exec.setProgress(1);
        return new Recording(allLabels, allUnits, first.samplingRateHz(), samples, first.segments(),
                first.annotations(), first.eventColumns());
    }
}
