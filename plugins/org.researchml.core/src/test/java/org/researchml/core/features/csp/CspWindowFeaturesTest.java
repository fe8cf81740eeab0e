package org.researchml.core.features.csp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventLabeler;
import org.researchml.core.events.LabelMode;
import org.researchml.core.features.FeatureKind;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.FrequencyBand;
import org.researchml.core.features.WindowFeatureExtractor;
import org.researchml.core.features.WindowFeatureSettings;
import org.researchml.core.features.testing.MiniEdfDecoder;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/** Labels, CSP and window features chained on the real EEGMMIDB run S001R03. */
class CspWindowFeaturesTest {

    @Test
    void eegmmidbPipelineSeparatesClasses() throws IOException, CanceledException {
        Recording rec = MiniEdfDecoder.readEegmmidb("S001R03.edf");
        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);
        CspModel model = CommonSpatialPatterns.fit(rec, labels, 1);
        Recording virtual = model.apply(rec);
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 0.1,
                List.of(FeatureKind.LOG_VARIANCE, FeatureKind.BAND_POWER),
                List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30)), List.of());

        FeatureTable table = WindowFeatureExtractor.extract(virtual, settings, labels, ProgressListener.NONE);

        assertEquals(List.of("CSP1:logvar", "CSP1:power_8-12Hz", "CSP1:power_13-30Hz", "CSP2:logvar",
                "CSP2:power_8-12Hz", "CSP2:power_13-30Hz"), table.featureNames());
        assertEquals((20000 - 160) / 16 + 1, table.rowCount());
        double[] eventMean = new double[2];
        double[] restMean = new double[2];
        int events = 0;
        for (int w = 0; w < table.rowCount(); w++) {
            double[] row = table.rows()[w];
            for (int j = 0; j < row.length; j++) {
                assertTrue(Double.isFinite(row[j]), "window " + w + " feature " + j);
            }
            if (table.labels()[w] == 1) {
                eventMean[0] += row[0];
                eventMean[1] += row[3];
                events++;
            } else {
                restMean[0] += row[0];
                restMean[1] += row[3];
            }
        }
        int rests = table.rowCount() - events;
        assertTrue(events > 100, "event windows: " + events);
        assertTrue(eventMean[0] / events > restMean[0] / rests, "CSP1 log-variance higher during movement");
        assertTrue(eventMean[1] / events < restMean[1] / rests, "CSP2 log-variance lower during movement");
    }
}
