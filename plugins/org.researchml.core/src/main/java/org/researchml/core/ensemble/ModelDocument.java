package org.researchml.core.ensemble;

import java.util.List;

/**
 * JSON part of a model file: everything except the trained members.
 *
 * @param formatVersion version of this layout, {@link #CURRENT_FORMAT}
 * @param wekaVersion Weka version that trained the members, for example {@code 3.8.6}
 * @param javaVersion Java version that wrote the file
 * @param settings training settings
 * @param featureNames features in training column order
 * @param threshold decision threshold on the event probability
 * @param trainingRowCount rows used for training
 * @param trainingEventCount rows with label 1 among them
 * @param stacking meta-learner, or {@code null} for soft voting
 * @param memberEntries zip entry name of each serialized member, in member order
 */
record ModelDocument(int formatVersion, String wekaVersion, String javaVersion, EnsembleSettings settings,
        List<String> featureNames, double threshold, int trainingRowCount, int trainingEventCount,
        StackingCombiner stacking, List<String> memberEntries) {

    static final int CURRENT_FORMAT = 1;
}
