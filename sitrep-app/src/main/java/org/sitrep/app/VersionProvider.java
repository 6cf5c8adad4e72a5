package org.sitrep.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Gives {@code sitrep --version} the project version, which Maven writes into
 * {@code version.properties} when it builds the jar.
 */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"sitrep " + p.getProperty("version", "(unknown version)"),
            "Licensed GPL-3.0-or-later; runs on Java " + Runtime.version()};
    }
}
