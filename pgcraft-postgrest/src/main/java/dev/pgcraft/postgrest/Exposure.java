package dev.pgcraft.postgrest;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.DimensionSurface;

import java.util.List;
import java.util.Set;

/**
 * One {@code <rest:api>}: a dimension exposed as {@code api.name}.
 *
 * @param dimension the exposed dimension
 * @param surface   what the dimension shows its users
 * @param name      the view's name in the api schema
 * @param columns   the columns the view shows, in the dimension's order
 * @param grants    who may do what, in document order
 * @param location  where the element is
 */
record Exposure(DimensionSpec dimension, DimensionSurface surface, String name, List<String> columns,
                List<ApiGrant> grants, SourceLocation location) {

    Exposure {
        columns = List.copyOf(columns);
        grants = List.copyOf(grants);
    }

    /**
     * One {@code <rest:grant>}.
     *
     * @param role     the grantee
     * @param verbs    what it may do
     * @param element  the element, where problems with it are reported
     */
    record ApiGrant(String role, Set<DimensionSurface.Verb> verbs, ExtensionElement element) {

        ApiGrant {
            verbs = Set.copyOf(verbs);
        }
    }
}
