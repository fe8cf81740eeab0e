package org.researchml.core.ensemble;

import weka.classifiers.trees.J48;
import weka.classifiers.trees.j48.ClassifierTree;

/** Weka's J48 with read access to its root node, for feature importances. */
public class InspectableJ48 extends J48 {

    private static final long serialVersionUID = 1L;

    /** Returns the root of the trained tree, or {@code null} before training. */
    ClassifierTree root() {
        return m_root;
    }
}
