package dev.pgcraft.mojo;

import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.init.InitOptions;
import dev.pgcraft.init.LocalSchemas;
import dev.pgcraft.migrate.HistoryTable;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Writes the next migration. Diffs the model in {@code pgcraft.xml} against the snapshot of the last generated
 * state and writes {@code V<n>__<description>.sql} together with the new snapshot; writes nothing when the model
 * has not changed. A model error fails the build before any file is written.
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractModelMojo {

    /** A few words describing the change; they become the file name's description. */
    @Parameter(property = "pgcraft.message")
    String message;

    /** Allows changes that can lose data (dropping tables or columns, narrowing a type). */
    @Parameter(property = "pgcraft.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    /**
     * The {@code lock_timeout} generated migrations set, so a DDL statement stuck behind a long transaction fails
     * instead of blocking every query queued behind it (migrate can be run again). A duration such as
     * {@code 5s}, {@code 500ms} or {@code 2min}; {@code 0} generates files without it.
     */
    @Parameter(property = "pgcraft.lockTimeout", defaultValue = GenerateOptions.DEFAULT_LOCK_TIMEOUT)
    String lockTimeout;

    /** migrate's history table, {@code schema.table}: the model may not generate a table or view of that name. */
    @Parameter(property = "pgcraft.historyTable", defaultValue = HistoryTable.DEFAULT_NAME)
    String historyTable;

    @Override
    void run() {
        GenerateOptions options = new GenerateOptions(config.toPath(), displayName(config), migrations.toPath(),
                message, allowDestructive, "0".equals(lockTimeout) ? null : lockTimeout, historyTable);
        GenerateResult result = new Generator(getLog()::debug, registry()).generate(options);
        LocalSchemas.staleWarning(config.toPath(), displayName(new File(config.getParentFile(), InitOptions.XSD_FOLDER)),
                getClass().getClassLoader()).ifPresent(getLog()::warn);
        if (!result.wroteSomething()) {
            getLog().info("Nothing to generate: " + displayName(config) + " matches the snapshot in "
                    + displayName(migrations) + ".");
            return;
        }
        getLog().info("Wrote " + displayName(result.migration().toFile()) + " (" + result.changes().size()
                + " changes), its undo file " + result.undo().toFile().getName() + " and "
                + displayName(result.snapshot().toFile()) + ".");
        result.summary().forEach(line -> getLog().info("  " + line));
    }

    @Override
    String goal() {
        return "generate";
    }
}
