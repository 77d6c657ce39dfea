package dev.pgcraft.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code pgcraft:erd} works on.
 *
 * @param config            the model file
 * @param configDisplayName how the page names it (relative to the project)
 * @param output            the Markdown file to write
 */
public record ErdOptions(Path config, String configDisplayName, Path output) {

    public ErdOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(output, "output");
    }
}
