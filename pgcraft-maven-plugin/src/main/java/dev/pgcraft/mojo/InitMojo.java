package dev.pgcraft.mojo;

import dev.pgcraft.init.InitOptions;
import dev.pgcraft.init.Initializer;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Starts a model: writes a short, commented {@code pgcraft.xml} (one simple dimension; the other kinds commented
 * out), and beside it, in {@code xsd/}, the XSDs of the core and of every extension on the plugin's class path with
 * an OASIS XML catalog. The model names its XSD by a relative {@code xsi:schemaLocation}, so IntelliJ, Eclipse and
 * VS Code complete and validate it offline. Never overwrites a file; {@code -Dpgcraft.xsdOnly=true} rewrites only
 * the XSDs and the catalog (after a plugin upgrade; {@code generate} warns when they are stale).
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractPgcraftMojo {

    /** The model file to create. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** Only refresh the XSDs and the catalog beside the model, overwriting them; leaves the model alone. */
    @Parameter(property = "pgcraft.xsdOnly", defaultValue = "false")
    boolean xsdOnly;

    @Override
    void run() {
        Initializer.InitResult result = Initializer.init(new InitOptions(config.toPath(), displayName(config), xsdOnly),
                getClass().getClassLoader());
        result.written().forEach(file -> getLog().info("Wrote " + displayName(file.toFile())));
        result.kept().forEach(file -> getLog().info("Kept " + displayName(file.toFile()) + " (exists)"));
        getLog().info("For offline completion, IDEs read xsi:schemaLocation; VS Code (Red Hat XML) can also use "
                + displayName(new File(config.getParentFile(), InitOptions.XSD_FOLDER + "/" + Initializer.CATALOG))
                + " as an xml.catalogs entry.");
    }

    @Override
    String goal() {
        return "init";
    }
}
