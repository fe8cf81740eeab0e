package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.List;

import org.researchml.core.features.FeatureTable;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** Converts feature tables to Weka data sets with a nominal class {@code {0, 1}} as the last attribute. */
final class WekaTables {

    static final String CLASS_ATTRIBUTE = "event";

    private WekaTables() {
    }

    /** Returns an empty data set with one numeric attribute per feature and the class attribute last. */
    static Instances header(List<String> featureNames, int capacity) {
        ArrayList<Attribute> attributes = new ArrayList<>(featureNames.size() + 1);
        for (String name : featureNames) {
            attributes.add(new Attribute(name));
        }
        attributes.add(new Attribute(CLASS_ATTRIBUTE, List.of("0", "1")));
        Instances data = new Instances("features", attributes, capacity);
        data.setClassIndex(featureNames.size());
        return data;
    }

    /** Returns the rows selected by {@code rowIndices} (all rows when {@code null}) as a labeled data set. */
    static Instances labeled(FeatureTable table, int[] rowIndices) {
        int count = rowIndices == null ? table.rowCount() : rowIndices.length;
        Instances data = header(table.featureNames(), count);
        int p = table.featureCount();
        for (int k = 0; k < count; k++) {
            int row = rowIndices == null ? k : rowIndices[k];
            double[] values = new double[p + 1];
            System.arraycopy(table.rows()[row], 0, values, 0, p);
            values[p] = table.labels()[row];
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }
}
