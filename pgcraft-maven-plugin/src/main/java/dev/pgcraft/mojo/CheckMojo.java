package dev.pgcraft.mojo;

import dev.pgcraft.check.CheckOptions;
import dev.pgcraft.check.CheckResult;
import dev.pgcraft.check.Checker;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the committed migrations are not what {@code generate} would leave: the model in
 * {@code pgcraft.xml} was changed without running {@code pgcraft:generate}; a generated migration was edited or
 * removed; two migrations share a version (two branches each generated one and were merged); or the snapshot
 * was edited or is missing. Every problem is reported at once, each with its fix. Writes nothing, needs no
 * database: run it in CI.
 *
 * <p>Migration files the snapshot does not know are taken as hand-written (a data fix, a backfill): they are
 * allowed, and logged as a warning.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractModelMojo {

    @Override
    void run() {
        CheckOptions options = new CheckOptions(config.toPath(), displayName(config), migrations.toPath(),
                displayName(migrations));
        CheckResult result = new Checker(getLog()::debug, getLog()::warn, registry()).check(options);
        getLog().info(result.summary());
    }

    @Override
    String goal() {
        return "check";
    }
}
