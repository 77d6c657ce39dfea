package dev.pgcraft.load;

import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.config.ForeignDimensionConfig;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.resolve.Registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns each element of another namespace inside a {@code <schema>} that a registered kind claims (by namespace and
 * element name) into a dimension of that kind, in document order among the core ones. The rest stay objects for
 * their extension; one that neither a kind nor an extension implements is an error at its position, here rather
 * than when the model is built, so it is reported with the file's other mistakes.
 */
final class ForeignDimensions {

    private ForeignDimensions() {
    }

    /** Claims the elements in {@code config}, changing it; returns the problems, in file order. */
    static List<Problem> claim(PgcraftConfig config, Registry registry) {
        List<Problem> problems = new ArrayList<>();
        for (SchemaConfig schema : config.getSchemas()) {
            List<ExtensionElement> objects = new ArrayList<>();
            List<DimensionConfig> dimensions = new ArrayList<>(schema.getDimensions());
            for (ExtensionElement element : schema.getExtensionElements()) {
                if (registry.claimsKind(element.namespace(), element.localName())) {
                    dimensions.add(ForeignDimensionConfig.bind(element));
                } else if (registry.hasExtension(element.namespace())) {
                    objects.add(element);
                } else {
                    problems.add(Problem.at(element.location(), "PGC-CONFIG-SCHEMA-ELEMENT-UNKNOWN",
                            "No dimension kind or extension on the pgcraft plugin's class path implements <"
                                    + element.qualifiedName() + "> in <schema name=\"" + schema.getName()
                                    + "\">, although a jar there defines its namespace " + element.namespace() + ".",
                            "Add the artifact that implements it under the pgcraft plugin's <dependencies> (the "
                                    + "same version as the one whose XSD defines it)."));
                }
            }
            if (dimensions.size() != schema.getDimensions().size()) {
                dimensions.sort(Comparator.comparingInt((DimensionConfig d) -> ConfigChecker.where(d).line())
                        .thenComparingInt(d -> ConfigChecker.where(d).column()));
                schema.setDimensions(dimensions);
                schema.setExtensionElements(objects);
            }
        }
        return problems;
    }
}
