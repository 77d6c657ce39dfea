package dev.pgcraft.mojo;

import dev.pgcraft.report.ErdOptions;
import dev.pgcraft.report.ErdWriter;
import dev.pgcraft.report.ModelDescription;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Writes the model's entity-relationship diagrams as Mermaid {@code erDiagram} text, one per schema, into a Markdown
 * file that GitHub, GitLab and most wikis render. Each dimension is an entity with its key and columns; each
 * {@code references} is a relationship. Needs no database and does not read the migrations.
 */
@Mojo(name = "erd", threadSafe = true)
public class ErdMojo extends AbstractPgcraftMojo {

    /** The model file. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** The Markdown file to write; copy it (or point this at) where your documentation lives. */
    @Parameter(property = "pgcraft.erdFile", defaultValue = "${project.build.directory}/pgcraft/erd.md")
    File erdFile;

    @Override
    void run() {
        ModelDescription model = ErdWriter.write(new ErdOptions(config.toPath(), displayName(config),
                erdFile.toPath()));
        getLog().info("Wrote " + displayName(erdFile) + ": " + model.schemas().size() + " diagram(s), "
                + model.schemas().stream().mapToInt(schema -> schema.dimensions().size()).sum() + " dimension(s).");
    }

    @Override
    String goal() {
        return "erd";
    }
}
