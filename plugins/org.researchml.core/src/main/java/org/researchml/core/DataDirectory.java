package org.researchml.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the folder with recordings and images that examples, tests and benchmarks read.
 *
 * <p>The folder comes, in this order, from an explicit value (a command-line option or a node
 * setting), the system property {@value #PROPERTY}, or the environment variable {@value #ENVIRONMENT_VARIABLE}.
 */
public final class DataDirectory {

    /** System property that names the data folder. */
    public static final String PROPERTY = "researchml.dataDir";

    /** Environment variable that names the data folder. */
    public static final String ENVIRONMENT_VARIABLE = "RESEARCHML_DATA_DIR";

    private DataDirectory() {
    }

    /**
     * Resolves the data folder from an explicit value, the system property or the environment.
     *
     * @param explicitValue value given by the user, may be {@code null} or blank
     * @return the folder, if one was configured
     */
    public static Optional<Path> resolve(String explicitValue) {
        if (explicitValue != null && !explicitValue.isBlank()) {
            return Optional.of(Path.of(explicitValue));
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        String environment = System.getenv(ENVIRONMENT_VARIABLE);
        if (environment != null && !environment.isBlank()) {
            return Optional.of(Path.of(environment));
        }
        return Optional.empty();
    }

    /**
     * Resolves the data folder and checks that it exists.
     *
     * @throws IllegalStateException if no folder is configured or it does not exist
     */
    public static Path require(String explicitValue) {
        Path folder = resolve(explicitValue).orElseThrow(() -> new IllegalStateException(
                "No data folder is set. Pass --data-dir PATH, or set the environment variable "
                        + ENVIRONMENT_VARIABLE + " or the system property " + PROPERTY + "."));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The data folder " + folder.toAbsolutePath()
                    + " does not exist. Check --data-dir or " + ENVIRONMENT_VARIABLE + ".");
        }
        return folder;
    }
}
