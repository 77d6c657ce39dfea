package dev.pgcraft.postgrest;

import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spec.ViewSpec;

import java.util.List;

/**
 * One {@code <rest:api view="…">}: a view or materialized view of the model exposed read-only as {@code api.name}.
 *
 * @param view     the exposed view
 * @param name     the api view's name
 * @param columns  the columns the api view shows, as listed
 * @param grants   who may read it (select only), in document order
 * @param location where the element is
 */
record ViewExposure(ViewSpec view, String name, List<String> columns, List<Exposure.ApiGrant> grants,
                    SourceLocation location) {

    ViewExposure {
        columns = List.copyOf(columns);
        grants = List.copyOf(grants);
    }
}
