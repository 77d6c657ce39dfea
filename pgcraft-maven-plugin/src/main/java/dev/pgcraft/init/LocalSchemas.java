package dev.pgcraft.init;

import dev.pgcraft.model.config.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether the XSDs {@code init} copied beside a model are still the plugin's. After a plugin upgrade they describe
 * an older vocabulary: the IDE would flag valid new elements and miss new checks. {@code generate} asks once per run.
 */
public final class LocalSchemas {

    private LocalSchemas() {
    }

    /**
     * A warning naming the local XSDs that differ from (or lack) the plugin's, or empty when they match or when the
     * project has no local XSDs at all (it never ran {@code init}).
     */
    public static Optional<String> staleWarning(Path config, String xsdFolderDisplayName, ClassLoader loader) {
        Path folder = config.toAbsolutePath().getParent().resolve(InitOptions.XSD_FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<String> stale = new ArrayList<>();
        for (SchemaCatalog.SchemaFile schema : SchemaCatalog.found(loader).schemas()) {
            Path local = folder.resolve(schema.fileName());
            try {
                if (!Files.isRegularFile(local) || !Arrays.equals(Files.readAllBytes(local), schema.content(loader))) {
                    stale.add(schema.fileName());
                }
            } catch (IOException e) {
                stale.add(schema.fileName());
            }
        }
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The XSDs in " + xsdFolderDisplayName + " are not this pgcraft plugin's ("
                + String.join(", ", stale) + " differ or are missing: copied by an older version?), so your IDE "
                + "checks pgcraft.xml against another vocabulary. Refresh them: mvn pgcraft:init -Dpgcraft.xsdOnly=true");
    }
}
