package dev.pgcraft.load;

import dev.pgcraft.model.config.ConfigReader;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/** Loads {@code pgcraft.xml}: read and XSD-validate it, then check what the XSD cannot. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * Reads, validates and checks a configuration file.
     *
     * @param file        the file
     * @param displayName how messages name the file, e.g. {@code src/main/pgcraft/pgcraft.xml}
     * @return the configuration, free of every problem {@link ConfigChecker} knows
     * @throws PgcraftException with every problem found, in file order; XSD problems stop before semantic
     *                          checks, because checking a half-read file would only add noise
     */
    public static PgcraftConfig load(Path file, String displayName) {
        PgcraftConfig config = ConfigReader.read(file, displayName);
        List<Problem> problems = ConfigChecker.check(config);
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
        return config;
    }
}
