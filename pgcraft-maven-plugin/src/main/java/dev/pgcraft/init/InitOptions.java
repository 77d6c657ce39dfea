package dev.pgcraft.init;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code pgcraft:init} does.
 *
 * @param config            the model file to create
 * @param configDisplayName how messages name it (relative to the project)
 * @param xsdOnly           only (re)write the XSDs and the catalog, overwriting them: the refresh after a plugin
 *                          upgrade
 */
public record InitOptions(Path config, String configDisplayName, boolean xsdOnly) {

    /** The folder beside the model that holds the XSDs and the catalog. */
    public static final String XSD_FOLDER = "xsd";

    public InitOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
    }

    public Path xsdFolder() {
        return config.toAbsolutePath().getParent().resolve(XSD_FOLDER);
    }
}
