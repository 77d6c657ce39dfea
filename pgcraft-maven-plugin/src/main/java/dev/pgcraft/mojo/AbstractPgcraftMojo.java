package dev.pgcraft.mojo;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.resolve.Registry;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;

/**
 * Skip handling and error translation for every goal, then one hook: {@link #run()}.
 */
abstract class AbstractPgcraftMojo extends AbstractMojo {

    /** Skips the goal. Every pgcraft goal honours it. */
    @Parameter(property = "pgcraft.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping pgcraft:" + goal() + " because pgcraft.skip is true; "
                    + "run without -Dpgcraft.skip (or set it to false) to run it.");
            return;
        }
        try {
            run();
        } catch (PgcraftException e) {
            // The message is the whole, formatted report; Maven prints it without a stack trace.
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The goal's work. Engine problems surface as {@link PgcraftException}. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * The kinds, plugins and extensions on this plugin's class realm: pgcraft's own and those of the jars the
     * project adds under the pgcraft plugin's {@code <dependencies>}.
     */
    final Registry registry() {
        return Registry.load(getClass().getClassLoader());
    }

    /** The goal name, for messages. */
    abstract String goal();

    /** A path as the user would write it: relative to the project when inside it. */
    final String displayName(File file) {
        return displayName(project, file);
    }

    /** As {@link #displayName(File)}, for the site report, which cannot extend this class. */
    static String displayName(MavenProject project, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/')
                : path.toString();
    }
}
