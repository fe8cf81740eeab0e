package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.ProgressListener;

class MemberKindTest {

    private static final FeatureTable TRAIN = SyntheticEvents.table(2000, 6, 0.3, 21);
    private static final FeatureTable TEST = SyntheticEvents.table(1000, 6, 0.3, 22);

    private static EnsembleModel trainSingle(MemberKind kind) throws Exception {
        MemberSpec spec = MemberSpec.of(kind);
        if (kind == MemberKind.RANDOM_FOREST || kind == MemberKind.HISTOGRAM_RANDOM_FOREST) {
            spec = spec.with("numberOfTrees", 30);
        }
        return EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(List.of(spec)), ProgressListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(MemberKind.class)
    void memberLearnsSeparableProblem(MemberKind kind) throws Exception {
        EnsembleModel model = trainSingle(kind);

        double auc = RocAuc.compute(model.predictProbabilities(TEST), TEST.labels());

        assertTrue(auc > 0.9, kind + " AUC " + auc);
    }

    @ParameterizedTest
    @EnumSource(MemberKind.class)
    void informativeFeatureRanksFirst(MemberKind kind) throws Exception {
        EnsembleModel model = trainSingle(kind);
        String mainKind = MemberInterpreter.mainValueKind(kind);

        List<InterpretationRow> main = model.interpretation().stream()
                .filter(row -> row.valueKind().equals(mainKind)).toList();
        InterpretationRow top = main.stream().max(Comparator.comparingDouble(row -> Math.abs(row.value()))).get();

        assertEquals(TRAIN.featureCount(), main.size());
        assertEquals(SyntheticEvents.INFORMATIVE, top.feature(), kind + ": " + main);
        assertEquals("1: " + kind.displayName(), top.member());
    }

    @ParameterizedTest
    @EnumSource(MemberKind.class)
    void defaultsAreValid(MemberKind kind) {
        MemberSpec spec = MemberSpec.of(kind);

        assertEquals(kind.options().size(), spec.options().size());
        for (MemberOption option : kind.options()) {
            assertEquals(option.defaultValue(), spec.options().get(option.name()), option.name());
        }
    }
}
