package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Zip stream that a port serializer writes to or reads from; created through {@link PortUtil}. */
public class PortObjectZipInputStream extends ZipInputStream {

    PortObjectZipInputStream(final InputStream stream) {
        super(stream);
    }
}
