package org.researchml.core.datasets;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Public data sets that the examples use, with their original download URLs and the SHA-256 of every file.
 */
public final class DatasetCatalog {

    /** Name of the PhysioNet EEG motor movement/imagery recordings of subject S001, runs R03 to R10. */
    public static final String EEGMMIDB_S001 = "eegmmidb-S001";

    /** Name of the Drosophila ventral nerve cord ssTEM stack 1 with mitochondria and membrane masks. */
    public static final String DROSOPHILA_VNC = "drosophila-vnc";

    private static final List<DatasetFile> EEGMMIDB_S001_FILES = List.of(
            DatasetFile.of("S001R03.edf", "3427c8d01bff1380bc9ab9f27a35ece2af5dfadf3e291bbc05eb66e4dadbfe2e"),
            DatasetFile.of("S001R04.edf", "3d161f88e1c00632585287d2ce584c2bc0f08862438eb255ea8723e00fac693d"),
            DatasetFile.of("S001R05.edf", "8828f4b97931100af136cebf27838248b82f69cf359f7e6c3146a1970a8fb8d9"),
            DatasetFile.of("S001R06.edf", "5369364f2c4e81ca141679d6dd2ba6ece61c7eb53d7fae31241b308876e1b6b3"),
            DatasetFile.of("S001R07.edf", "6320a941815eb7a0bc632e32c07c88b6e2281a0e2f177e8f49e2d0a16231145c"),
            DatasetFile.of("S001R08.edf", "358fb5189220725141968ae285fbe9e3f36210b834ffba71d940af308e3aca68"),
            DatasetFile.of("S001R09.edf", "1b642457807be572c31e8bb56a936cbdb554507d66e25e242c9bd1b0c557c53c"),
            DatasetFile.of("S001R10.edf", "20de1c7746c2349d16bda5e9f1b0ac7b7ad1581102a2e30dd2ac422696f62fb1"));

    private static final List<DatasetFile> DROSOPHILA_VNC_FILES = List.of(
            new DatasetFile("membranes/00.png", "stack1/membranes/00.png", "69b32be7703e1d857ed6286cb10d14324ffd75e26a80c9b5be86fdde8ce869dd"),
            new DatasetFile("membranes/01.png", "stack1/membranes/01.png", "237c0c6c58f0b213d5319415b4a794e3703ffeff70b4af77c023f2c7e566359f"),
            new DatasetFile("membranes/02.png", "stack1/membranes/02.png", "d7a5e1351d99d250bda5765b5573b2b66aa3bad39d518a62173301b532e1b1a3"),
            new DatasetFile("membranes/03.png", "stack1/membranes/03.png", "48b145fb2dc5e5c01a44ab97c8deb0371ad549d8abba36e9e26bec5c0c3d935b"),
            new DatasetFile("membranes/04.png", "stack1/membranes/04.png", "fabd6ed75c1ab1129d25b82d7b05b6e3e47ecd4fded5e8c50bebc79e52d338a2"),
            new DatasetFile("membranes/05.png", "stack1/membranes/05.png", "cf2a0cf4d359511eec00465c79320081202e1a9e0ef7acf646ac868ef01f864e"),
            new DatasetFile("membranes/06.png", "stack1/membranes/06.png", "f7671946c367eb6da32eeb8dc3650736fc3a5bc598e03867195b28d5ba04e169"),
            new DatasetFile("membranes/07.png", "stack1/membranes/07.png", "12651668648abda93acfc7b1d9163f42de0db24dfaf0081cb2bc145c303b8859"),
            new DatasetFile("membranes/08.png", "stack1/membranes/08.png", "0917cdaa7e0b657d6e4897bb0268d8a1019bad56d55488559c6b7476a81fc660"),
            new DatasetFile("membranes/09.png", "stack1/membranes/09.png", "1719691ffd18184091d32d993547e90787fea106a4d13049458f318c01369177"),
            new DatasetFile("membranes/10.png", "stack1/membranes/10.png", "abefd5269b3e432d043015e9e635e37cd210f63e036a115f325c38f29f70e7d3"),
            new DatasetFile("membranes/11.png", "stack1/membranes/11.png", "ab3751ea05eecd5dfb0d8a538807fcdd384bf7b657be1ade9cfc1fbb0567a5d3"),
            new DatasetFile("membranes/12.png", "stack1/membranes/12.png", "de74415ed1d0a0c1f3f7e4321674fddde55afaf112abf56b16d4289f4516cb42"),
            new DatasetFile("membranes/13.png", "stack1/membranes/13.png", "404138498926cfb45c756d4c693cb9e6b088afbd0237f48422253c9a89608458"),
            new DatasetFile("membranes/14.png", "stack1/membranes/14.png", "22534cbddc8ab0c0ddbc88803a20c4982804d6e931af83ce92bce28e20edecb0"),
            new DatasetFile("membranes/15.png", "stack1/membranes/15.png", "4ab2d40bc25422d835952807270c03cacae3ac698f8b9785437cc97f4f89aef3"),
            new DatasetFile("membranes/16.png", "stack1/membranes/16.png", "0a4565fb902354aa98e03eb8c4ccdae5784fbf8aa82cc1e84dad15226853cca3"),
            new DatasetFile("membranes/17.png", "stack1/membranes/17.png", "4b70f3bef110f6276fc8de6da43d4b7726e00d068ffa5b70107d08748adb07f8"),
            new DatasetFile("membranes/18.png", "stack1/membranes/18.png", "1561c68934295328aab90477e5067bb033ec5ffd0c4a854e90facdabf5baf448"),
            new DatasetFile("membranes/19.png", "stack1/membranes/19.png", "c13f72d5c4734750312469bd45f6a1c3191143faec96903623f9c725713a922a"),
            new DatasetFile("mitochondria/00.png", "stack1/mitochondria/00.png", "511bbbe9ce687a0422728fcc5921f5e5cb553aa9601518bf193325df19a0841f"),
            new DatasetFile("mitochondria/01.png", "stack1/mitochondria/01.png", "2e8a00b9d45eb0731cea31d0bdb3f001591c3a7bd4c29566437a65add85dfa90"),
            new DatasetFile("mitochondria/02.png", "stack1/mitochondria/02.png", "73d3fefd0be7846ff27debbae41c52630913aa79233151b19f7cb6b4cf69e48f"),
            new DatasetFile("mitochondria/03.png", "stack1/mitochondria/03.png", "e0377cb8e617ff8dda0dfcc920eb4d513d7809bfd7ccc13f059c651afe224f93"),
            new DatasetFile("mitochondria/04.png", "stack1/mitochondria/04.png", "766dba641e9f15443e154b1c58f12e1a63aa526102329b42f2934430e0195919"),
            new DatasetFile("mitochondria/05.png", "stack1/mitochondria/05.png", "3afce96c2e5586153f3f3f94916688ee049c1dea8af42d5b66f72a19612be91d"),
            new DatasetFile("mitochondria/06.png", "stack1/mitochondria/06.png", "b9522d90da07f087418af695ab557cc5691548edcff8ca71143a6a0dd1694230"),
            new DatasetFile("mitochondria/07.png", "stack1/mitochondria/07.png", "475b66b3a96970d17f2e8bfe466a61232582640fb91e62ba1643250451ce701b"),
            new DatasetFile("mitochondria/08.png", "stack1/mitochondria/08.png", "7327b9c3627d6a57afecd95884b51160ae42823240e8a71c29d3d4c7c47f63e2"),
            new DatasetFile("mitochondria/09.png", "stack1/mitochondria/09.png", "d276b2913dbf0505e59a01e4c7616a8ab66c2fd87431af5fa32800990f02c377"),
            new DatasetFile("mitochondria/10.png", "stack1/mitochondria/10.png", "ad41c7ce9e4b44dacb509c861ab263f783fdd4624518dbdc5731a5dea171b973"),
            new DatasetFile("mitochondria/11.png", "stack1/mitochondria/11.png", "c02adc9a9a9df771d7e798ad01f1048b46d404cbea9c5e7705d26b80a8edf180"),
            new DatasetFile("mitochondria/12.png", "stack1/mitochondria/12.png", "66f7035ea748ebb96a73ce1b710fe129b2332b31106cb94615627e93c50e747f"),
            new DatasetFile("mitochondria/13.png", "stack1/mitochondria/13.png", "0bc359db0dc5ddc31e735136695ea88015bdeb37ddfc3e6e89f604918e4765c5"),
            new DatasetFile("mitochondria/14.png", "stack1/mitochondria/14.png", "44c833e85d8240e3e8bbc34d9fba07d29be9d9cdd71c18b12a4c70e597502c72"),
            new DatasetFile("mitochondria/15.png", "stack1/mitochondria/15.png", "6823e4900e1457c7249b87876298f3cba5339d1a8e34c83f5a2766d024f7b54a"),
            new DatasetFile("mitochondria/16.png", "stack1/mitochondria/16.png", "5ffe5edaa15ad53dee648736aeffc76fd1e256e13b40b7b34cb65e3a38fdaeef"),
            new DatasetFile("mitochondria/17.png", "stack1/mitochondria/17.png", "b812bb16171af4ea1bfde98401f0a7de6a4481cc475d9856affc2fbe7aad4e73"),
            new DatasetFile("mitochondria/18.png", "stack1/mitochondria/18.png", "d0eddd9355e95cb3aa0c438f831fcd8e884627e96beac4ae723d2e9c68f41176"),
            new DatasetFile("mitochondria/19.png", "stack1/mitochondria/19.png", "92d28e2c28b9068c3efae4e26dd9a31b64efb8082813097d097a4b3f9ad2001f"),
            new DatasetFile("raw/00.tif", "stack1/raw/00.tif", "b76df299a184d9a8616aa7867a1b0f577313e97cc9fef826a0f76f65f9676383"),
            new DatasetFile("raw/01.tif", "stack1/raw/01.tif", "718808c0149d6e24ee7b12085695c1ff8e3afb8e5dd13e18ca291fc9b60fcd09"),
            new DatasetFile("raw/02.tif", "stack1/raw/02.tif", "0e2480e0164bcbc2704d76232919f5fcc0540988c6f91a8a78b8f514718717a4"),
            new DatasetFile("raw/03.tif", "stack1/raw/03.tif", "1d6ca42fad097c8647b5e077ade1e7cb124d09aa11ef51b22c74367a44b04af6"),
            new DatasetFile("raw/04.tif", "stack1/raw/04.tif", "6be1ca5151edf4ffbe79745ce3a1cad784a83fc5843120820ba4133474c41bab"),
            new DatasetFile("raw/05.tif", "stack1/raw/05.tif", "5c208cd81d2bebe969e07f5c6717514e8c5c2e9967bac3685ddb71add9142b94"),
            new DatasetFile("raw/06.tif", "stack1/raw/06.tif", "db5ad4774950f7b0656853328bd8ef1e43f7b0790bf417c760a0cf1a1ac9999e"),
            new DatasetFile("raw/07.tif", "stack1/raw/07.tif", "5a0611902a45f3bf368ffc3312c74b0f2a8f923bba6f73d9041c727d3060bfbf"),
            new DatasetFile("raw/08.tif", "stack1/raw/08.tif", "9cff4e390c3604152a2b7a70d99e96edc45d1e50b48ae64b042ed2220fbdfbb9"),
            new DatasetFile("raw/09.tif", "stack1/raw/09.tif", "eeb17b2971d467a96525d879037d69d5973c998f5e4bcafe6d9adec08b4457a5"),
            new DatasetFile("raw/10.tif", "stack1/raw/10.tif", "6a9debebb6e78e0789b732d16ef4755011b5047299f9f1c22edb28a06c106a16"),
            new DatasetFile("raw/11.tif", "stack1/raw/11.tif", "318f17e45754e890ab7df384a1f3941bebeea4864fe4b49a34758a858de56bbe"),
            new DatasetFile("raw/12.tif", "stack1/raw/12.tif", "6e1a8b23083641cb4a066d281ff4c5149056a0f17b32e68d04c57948ef6f5547"),
            new DatasetFile("raw/13.tif", "stack1/raw/13.tif", "564970a899a67aab0ad899d22d19c43b68f6eeb01d893f5770ebc114cb4bd12c"),
            new DatasetFile("raw/14.tif", "stack1/raw/14.tif", "7a3bfd5951dbe637c764e51835a3d59c63de33b2dbcc9b0d70a0302a30dde904"),
            new DatasetFile("raw/15.tif", "stack1/raw/15.tif", "80ab55b19d877d791f2e008343ea1eb2315bd9dfe53bec141ea99c05a66b20c0"),
            new DatasetFile("raw/16.tif", "stack1/raw/16.tif", "ea86c994d2b9a2fe0764fcdbafd8b1fa21c091cb8ebac333e3c64ed6aa645647"),
            new DatasetFile("raw/17.tif", "stack1/raw/17.tif", "5cb536a565b57e6ccd47ef619d1f4e7cd4eae8d11eb5a1c7ea8bf6ac50d51eca"),
            new DatasetFile("raw/18.tif", "stack1/raw/18.tif", "bbe3f7b85d499899e7dec31ec9be1f75cd82fad710dc8a68bd24531fecf3e584"),
            new DatasetFile("raw/19.tif", "stack1/raw/19.tif", "a9c2710133d4791cad456db91fdf03d2cf44f3c517514f55efda596f4a4cd642"));

    private final List<DatasetEntry> entries;

    private DatasetCatalog(List<DatasetEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Returns the catalog with each data set at its original host. */
    public static DatasetCatalog standard() {
        DatasetEntry eeg = new DatasetEntry(EEGMMIDB_S001, "eeg/eegmmidb-S001",
                "PhysioNet EEG Motor Movement/Imagery Dataset 1.0.0, subject S001, runs R03-R10 (EDF+, 64 channels, 160 Hz)",
                "Open Data Commons Attribution 1.0. Cite Schalk et al., IEEE TBME 51(6), 2004,"
                        + " and Goldberger et al., Circulation 101(23), 2000",
                URI.create("https://physionet.org/files/eegmmidb/1.0.0/S001/"), EEGMMIDB_S001_FILES);
        // NOTE: The download URL and checksum of the figshare archive (doi 10.6084/m9.figshare.856713) are
        // unknown here. The files therefore come one by one from the authors' GitHub repository of the same
        // data set, and each is checked against the hash of the project's reference copy.
        DatasetEntry em = new DatasetEntry(DROSOPHILA_VNC, "em/drosophila-vnc",
                "Segmented anisotropic ssTEM dataset of neural tissue, stack 1: 20 sections of 1024x1024 px"
                        + " with mitochondria and membrane masks",
                "CC BY-NC-SA 3.0, non-commercial use only. Cite Gerhard et al., figshare,"
                        + " doi 10.6084/m9.figshare.856713",
                URI.create("https://raw.githubusercontent.com/unidesigner/groundtruth-drosophila-vnc/master/"),
                DROSOPHILA_VNC_FILES);
        return new DatasetCatalog(List.of(eeg, em));
    }

    /**
     * Returns the catalog served from a mirror instead of the original hosts, for tests and offline sites.
     * The mirror has the cache layout: {@code mirror/eeg/eegmmidb-S001/S001R03.edf} and so on.
     */
    public static DatasetCatalog mirroredAt(URI mirror) {
        return new DatasetCatalog(standard().entries.stream().map(entry -> entry.withMirror(mirror)).toList());
    }

    /** Returns the data sets in a fixed order. */
    public List<DatasetEntry> entries() {
        return entries;
    }

    /**
     * Finds a data set by name.
     *
     * @throws IllegalArgumentException naming the known data sets if there is none of that name
     */
    public DatasetEntry find(String name) {
        for (DatasetEntry entry : entries) {
            if (entry.name().equals(name)) {
                return entry;
            }
        }
        String known = entries.stream().map(DatasetEntry::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown data set '" + name + "'. Known data sets: " + known + ".");
    }
}
