package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Zip stream that a port serializer writes to or reads from; created through {@link PortUtil}. */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {

    PortObjectSpecZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
