package org.knime.core.node.port;

import java.io.InputStream;
import java.io.OutputStream;

/** Creates the zip streams that port serializers use. */
public final class PortUtil {

    private PortUtil() {
    }

    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream out) {
        return new PortObjectZipOutputStream(out);
    }

    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) {
        return new PortObjectZipInputStream(in);
    }

    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream out) {
        return new PortObjectSpecZipOutputStream(out);
    }

    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in) {
        return new PortObjectSpecZipInputStream(in);
    }
}
