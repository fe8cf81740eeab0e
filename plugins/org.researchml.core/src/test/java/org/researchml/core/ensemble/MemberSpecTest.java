package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MemberSpecTest {

    @Test
    void optionOutOfRangeNamesRange() {
        MemberSpec forest = MemberSpec.of(MemberKind.RANDOM_FOREST);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> forest.with("numberOfTrees", 0));

        assertTrue(error.getMessage().contains("'numberOfTrees'"), error.getMessage());
        assertTrue(error.getMessage().contains("an integer from 1 to 100000"), error.getMessage());
    }

    @Test
    void fractionalIntegerRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MemberSpec.of(MemberKind.J48).with("minLeafSize", 2.5));

        assertTrue(error.getMessage().contains("'minLeafSize'"), error.getMessage());
    }

    @Test
    void decimalOutOfRangeNamesRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MemberSpec.of(MemberKind.J48).with("confidenceFactor", 0.9));

        assertTrue(error.getMessage().contains("'confidenceFactor'"), error.getMessage());
        assertTrue(error.getMessage().contains("a number from 1.0E-6 to 0.5"), error.getMessage());
    }

    @Test
    void unknownOptionListsKnown() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new MemberSpec(MemberKind.LOGISTIC_REGRESSION, Map.of("trees", 3)));

        assertTrue(error.getMessage().contains("Unknown option 'trees'"), error.getMessage());
        assertTrue(error.getMessage().contains("ridge"), error.getMessage());
    }

    @Test
    void textValuesConverted() {
        MemberSpec spec = new MemberSpec(MemberKind.RANDOM_FOREST, Map.of("maxDepth", "8"));
        MemberSpec bayes = new MemberSpec(MemberKind.NAIVE_BAYES, Map.of("useKernelEstimator", "true"));

        assertEquals(8, spec.options().get("maxDepth"));
        assertEquals(true, bayes.options().get("useKernelEstimator"));
    }

    @Test
    void booleanRejectsNumber() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MemberSpec.of(MemberKind.NAIVE_BAYES).with("useKernelEstimator", 1));

        assertTrue(error.getMessage().contains("true or false"), error.getMessage());
    }
}
