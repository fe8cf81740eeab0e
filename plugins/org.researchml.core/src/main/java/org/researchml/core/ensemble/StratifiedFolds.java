package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded assignment of rows to cross-validation folds with the class ratio kept in every fold. */
final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** Returns the fold (0 to {@code folds - 1}) of each row. */
    static int[] assign(int[] labels, int folds, long seed) {
        Random random = new Random(seed);
        int[] fold = new int[labels.length];
        for (int label = 0; label <= 1; label++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    rows.add(i);
                }
            }
            Collections.shuffle(rows, random);
            for (int k = 0; k < rows.size(); k++) {
                fold[rows.get(k)] = k % folds;
            }
        }
        return fold;
    }

    /** Returns the rows whose fold equals ({@code inFold}) or differs from ({@code !inFold}) the given fold. */
    static int[] rows(int[] foldOfRow, int fold, boolean inFold) {
        int count = 0;
        for (int f : foldOfRow) {
            if ((f == fold) == inFold) {
                count++;
            }
        }
        int[] rows = new int[count];
        int next = 0;
        for (int i = 0; i < foldOfRow.length; i++) {
            if ((foldOfRow[i] == fold) == inFold) {
                rows[next++] = i;
            }
        }
        return rows;
    }
}
