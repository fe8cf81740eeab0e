package org.researchml.knime.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.researchml.core.features.FeatureTable;
import org.researchml.knime.harness.TestTables;

class FeaturesTableTest {

    private static FeatureTable features() {
        double[][] rows = {{1, 2}, {3, 4}, {5, 6}};
        return new FeatureTable(List.of("C3.:logvar", "C4.:logvar"), rows, new double[] {0, 0.5, 1},
                new double[] {1, 1.5, 2}, new long[] {160, 240, 320}, new int[] {0, 1, 0});
    }

    @Test
    void roundTripWithLabels() throws Exception {
        BufferedDataTable table = FeaturesTable.write(features(), TestTables.exec());

        FeatureTable back = FeaturesTable.read(table, FeaturesTable.LABEL, TestTables.exec());

        assertEquals(features().featureNames(), back.featureNames());
        assertArrayEquals(new double[] {3, 4}, back.rows()[1]);
        assertArrayEquals(new long[] {160, 240, 320}, back.windowEndSample());
        assertArrayEquals(new double[] {1, 1.5, 2}, back.windowEndSeconds());
        assertArrayEquals(new int[] {0, 1, 0}, back.labels());
    }

    @Test
    void readWithoutLabelColumn() throws Exception {
        BufferedDataTable table = FeaturesTable.write(features().withLabels(null), TestTables.exec());

        FeatureTable back = FeaturesTable.read(table, null, TestTables.exec());

        assertNull(back.labels());
        assertEquals(2, back.featureCount());
    }

    @Test
    void windowColumnsAreOptional() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"f1", "label"},
                new DataType[] {DoubleCell.TYPE, IntCell.TYPE});
        BufferedDataTable table = TestTables.table(spec, new DataCell[] {new DoubleCell(0.5), new IntCell(1)},
                new DataCell[] {new DoubleCell(0.7), new IntCell(0)});

        FeatureTable back = FeaturesTable.read(table, "label", TestTables.exec());

        assertEquals(List.of("f1"), back.featureNames());
        assertArrayEquals(new double[] {0, 1}, back.windowStartSeconds());
        assertArrayEquals(new long[] {1, 2}, back.windowEndSample());
    }

    @Test
    void labelOutsideZeroOneIsReported() {
        DataTableSpec spec = new DataTableSpec(new String[] {"f1", "label"},
                new DataType[] {DoubleCell.TYPE, IntCell.TYPE});
        BufferedDataTable table = TestTables.table(spec, new DataCell[] {new DoubleCell(0.5), new IntCell(2)});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FeaturesTable.read(table, "label", TestTables.exec()));

        assertTrue(error.getMessage().contains("label 2"), error.getMessage());
    }
}
