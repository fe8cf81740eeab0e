package org.researchml.core.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.researchml.core.DataDirectory;

class DatasetCatalogTest {

    @Test
    void standardUrlsPointToHosts() {
        DatasetCatalog catalog = DatasetCatalog.standard();
        DatasetEntry eeg = catalog.find(DatasetCatalog.EEGMMIDB_S001);
        DatasetEntry em = catalog.find(DatasetCatalog.DROSOPHILA_VNC);

        assertEquals(8, eeg.files().size());
        assertEquals(URI.create("https://physionet.org/files/eegmmidb/1.0.0/S001/S001R03.edf"),
                eeg.urlOf(eeg.files().get(0)));
        assertEquals(60, em.files().size());
        assertEquals("membranes/00.png", em.files().get(0).localPath());
    }

    @Test
    void mirrorUsesCacheLayout() {
        DatasetEntry eeg = DatasetCatalog.mirroredAt(URI.create("http://127.0.0.1:8123/data"))
                .find(DatasetCatalog.EEGMMIDB_S001);

        assertEquals(URI.create("http://127.0.0.1:8123/data/eeg/eegmmidb-S001/S001R10.edf"),
                eeg.urlOf(eeg.files().get(7)));
    }

    @Test
    void hashesMatchReferenceCopy() throws IOException {
        Path data = DataDirectory.require(null);
        for (DatasetEntry entry : DatasetCatalog.standard().entries()) {
            for (DatasetFile file : entry.files()) {
                Path local = data.resolve(entry.folder()).resolve(file.localPath());

                assertEquals(file.sha256(), Sha256.ofFile(local), local.toString());
            }
        }
    }

    @Test
    void unknownNameListsKnownNames() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatasetCatalog.standard().find("eegmmidb"));

        assertEquals("Unknown data set 'eegmmidb'. Known data sets: eegmmidb-S001, drosophila-vnc.", error.getMessage());
    }

    @Test
    void invalidHashRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatasetFile.of("a.bin", "abc"));

        assertEquals("sha256 of a.bin is 'abc' but must be 64 hex digits.", error.getMessage());
    }
}
