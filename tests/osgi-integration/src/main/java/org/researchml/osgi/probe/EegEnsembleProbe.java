package org.researchml.osgi.probe;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.researchml.core.ensemble.EnsembleLearner;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.EnsembleSettings;
import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.MemberSpec;
import org.researchml.core.ensemble.RocAuc;
import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventLabeler;
import org.researchml.core.events.LabelMode;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.WindowFeatureExtractor;
import org.researchml.core.features.WindowFeatureSettings;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.signal.FilterSpec;
import org.researchml.core.signal.RecordingFilter;

/**
 * Runs the EEG path of the core library inside the framework: read an EDF file, band-pass filter it,
 * label the T1/T2 annotations, extract log-variance window features, train a soft-voting ensemble of Weka
 * members and apply it. Returns only JDK types, so the caller outside the framework can read the result.
 */
public final class EegEnsembleProbe {

    private EegEnsembleProbe() {
    }

    /** Runs the path on {@code edfFile} and returns counts and the training-set ROC AUC. */
    public static Map<String, Object> run(Path edfFile) throws Exception {
        Recording recording = EegFiles.load(edfFile, List.of("C3..", "Cz..", "C4.."), 0, Double.POSITIVE_INFINITY);
        Recording filtered = RecordingFilter.apply(recording, FilterSpec.bandPass(4, 8, 30), null, true);
        int[] labels = EventLabeler.fromAnnotations(filtered, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);
        FeatureTable features = WindowFeatureExtractor.extract(filtered, WindowFeatureSettings.logVariance(1.0, 0.5),
                labels, ProgressListener.NONE);

        EnsembleSettings settings = EnsembleSettings.softVoting(List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION),
                MemberSpec.of(MemberKind.NAIVE_BAYES), MemberSpec.of(MemberKind.RANDOM_FOREST)));
        EnsembleModel model = EnsembleLearner.train(features, settings, ProgressListener.NONE);
        double[] probabilities = model.predictProbabilities(features);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sampleCount", filtered.sampleCount());
        result.put("windowCount", features.rowCount());
        result.put("memberCount", model.members().size());
        result.put("probabilities", probabilities);
        result.put("trainingAuc", RocAuc.compute(probabilities, features.labels()));
        return result;
    }
}
