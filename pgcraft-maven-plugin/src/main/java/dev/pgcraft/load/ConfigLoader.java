package dev.pgcraft.load;

import dev.pgcraft.model.config.ConfigReader;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.resolve.Registry;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads {@code pgcraft.xml}: read and XSD-validate it, check what the XSD cannot (the kinds' own rules included),
 * and turn it into the immutable {@link ModelSpec} the engine builds from.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * Reads, validates and checks a configuration file with the built-in kinds.
     *
     * @param file        the file
     * @param displayName how messages name the file, e.g. {@code src/main/pgcraft/pgcraft.xml}
     * @return the configuration, free of every problem {@link ConfigChecker} knows
     * @throws PgcraftException with every problem found, in file order; XSD problems stop before semantic
     *                          checks, because checking a half-read file would only add noise
     */
    public static PgcraftConfig load(Path file, String displayName) {
        return load(file, displayName, Registry.builtin());
    }

    /** As {@link #load(Path, String)}, with the kinds {@code registry} offers. */
    public static PgcraftConfig load(Path file, String displayName, Registry registry) {
        PgcraftConfig config = ConfigReader.read(file, displayName, registry.classLoader());
        List<Problem> unclaimed = ForeignDimensions.claim(config, registry);
        if (!unclaimed.isEmpty()) {
            throw new PgcraftException(unclaimed);
        }
        List<Problem> problems = ConfigChecker.check(config, registry);
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
        return config;
    }

    /** Loads the file and returns its spec, with the built-in kinds. */
    public static ModelSpec spec(Path file, String displayName) {
        return spec(file, displayName, Registry.builtin());
    }

    /** Loads the file and returns its spec. */
    public static ModelSpec spec(Path file, String displayName, Registry registry) {
        return ModelSpecs.of(load(file, displayName, registry), registry);
    }
}
