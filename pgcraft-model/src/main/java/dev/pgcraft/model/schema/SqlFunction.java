package dev.pgcraft.model.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A SQL or PL/pgSQL function (named {@code SqlFunction} so it never shadows {@code java.util.function.Function}).
 *
 * @param schema          schema
 * @param name            function name
 * @param arguments       argument declarations in order, e.g. {@code p_amount numeric}
 * @param argumentTypes   argument types only, in order: part of the identity as in PostgreSQL
 * @param returns         return type, e.g. {@code trigger}, {@code setof dim.t}
 * @param language        {@code plpgsql} or {@code sql}
 * @param body            the function body (without dollar quotes)
 * @param volatility      {@code VOLATILE}, {@code STABLE} or {@code IMMUTABLE}
 * @param securityDefiner whether it runs with its owner's rights; such functions must pin {@code searchPath}
 * @param searchPath      the pinned {@code search_path}, or {@code null}
 * @param uses            further objects the body needs (tables it writes, …)
 */
public record SqlFunction(String schema, String name, List<String> arguments, List<String> argumentTypes,
                          String returns, String language, String body, String volatility, boolean securityDefiner,
                          String searchPath, List<ObjectId> uses) implements DbObject {

    public SqlFunction {
        arguments = List.copyOf(arguments);
        argumentTypes = List.copyOf(argumentTypes);
        uses = List.copyOf(uses);
        if (securityDefiner && (searchPath == null || searchPath.isBlank())) {
            throw new IllegalArgumentException(
                    "SECURITY DEFINER function " + schema + "." + name + " must pin search_path");
        }
    }

    /** {@code name(type, type)}: how PostgreSQL identifies an overload. */
    public String signature() {
        return name + "(" + String.join(", ", argumentTypes) + ")";
    }

    @Override
    public ObjectId id() {
        return ObjectId.function(schema, signature());
    }

    @Override
    public Set<ObjectId> dependsOn() {
        Set<ObjectId> ids = new LinkedHashSet<>();
        ids.add(ObjectId.schema(schema));
        ids.addAll(uses);
        return ids;
    }

    /** PostgreSQL does not track what a function body reads or writes, so those never block a drop. */
    @Override
    public Set<ObjectId> catalogDependsOn() {
        return Set.of(ObjectId.schema(schema));
    }
}
