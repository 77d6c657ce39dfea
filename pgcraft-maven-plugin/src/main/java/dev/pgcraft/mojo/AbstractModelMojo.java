package dev.pgcraft.mojo;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** The parameters of the goals that read the model and the migrations folder ({@code generate}, {@code check}). */
abstract class AbstractModelMojo extends AbstractPgcraftMojo {

    /** The model file. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** The folder holding the migrations and the snapshot. */
    @Parameter(property = "pgcraft.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrations;
}
