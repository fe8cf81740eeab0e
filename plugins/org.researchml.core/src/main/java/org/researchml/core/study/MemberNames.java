package org.researchml.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.MemberSpec;

/** Maps the short member names of the command line and node settings to ensemble members. */
public final class MemberNames {

    private static final Map<String, MemberKind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("logistic", MemberKind.LOGISTIC_REGRESSION);
        KINDS.put("lda", MemberKind.LINEAR_DISCRIMINANT);
        KINDS.put("naive-bayes", MemberKind.NAIVE_BAYES);
        KINDS.put("j48", MemberKind.J48);
        KINDS.put("random-forest", MemberKind.RANDOM_FOREST);
        KINDS.put("histogram-forest", MemberKind.HISTOGRAM_RANDOM_FOREST);
    }

    private MemberNames() {
    }

    /** Returns the accepted names in a fixed order. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /**
     * Creates members with default options from their names.
     *
     * @throws IllegalArgumentException for an unknown name, listing the accepted ones
     */
    public static List<MemberSpec> toSpecs(List<String> names, long seed) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Invalid setting 'members': name at least one of " + names() + ".");
        }
        List<MemberSpec> specs = new ArrayList<>();
        for (String name : names) {
            MemberKind kind = KINDS.get(name.trim().toLowerCase(java.util.Locale.ROOT));
            if (kind == null) {
                throw new IllegalArgumentException("Unknown ensemble member '" + name + "'. Choose from " + names()
                        + ".");
            }
            MemberSpec spec = MemberSpec.of(kind);
            // NOTE: only the forest takes the study's seed; Weka's J48 rejects a seed unless it uses reduced-error pruning.
            if (kind == MemberKind.RANDOM_FOREST || kind == MemberKind.HISTOGRAM_RANDOM_FOREST) {
                spec = spec.with("seed", (int) seed);
            }
            specs.add(spec);
        }
        return specs;
    }
}
