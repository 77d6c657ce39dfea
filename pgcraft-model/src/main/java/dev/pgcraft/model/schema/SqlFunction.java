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
 * @param rowTypes        tables or views whose row type the arguments or the result use ({@code RETURNS SETOF
 *                        s.t}): unlike what the body reads, PostgreSQL records these, so the function must go
 *                        before them and comes back with them
 */
public record SqlFunction(String schema, String name, List<String> arguments, List<String> argumentTypes,
                          String returns, String language, String body, String volatility, boolean securityDefiner,
                          String searchPath, List<ObjectId> uses, List<ObjectId> rowTypes) implements DbObject {

    /**
     * The {@code search_path} pgcraft's SECURITY DEFINER functions pin: nothing a caller could create or shadow (the
     * caller's temporary schema comes last), so every other name in their bodies is schema-qualified.
     */
    public static final String PINNED_SEARCH_PATH = "pg_catalog, pg_temp";

    public SqlFunction {
        arguments = List.copyOf(arguments);
        argumentTypes = List.copyOf(argumentTypes);
        uses = List.copyOf(uses);
        rowTypes = List.copyOf(rowTypes);
        if (securityDefiner && (searchPath == null || searchPath.isBlank())) {
            throw new IllegalArgumentException(
                    "SECURITY DEFINER function " + schema + "." + name + " must pin search_path");
        }
    }

    /** A function whose signature uses no table's row type. */
    public SqlFunction(String schema, String name, List<String> arguments, List<String> argumentTypes, String returns,
                       String language, String body, String volatility, boolean securityDefiner, String searchPath,
                       List<ObjectId> uses) {
        this(schema, name, arguments, argumentTypes, returns, language, body, volatility, securityDefiner, searchPath,
                uses, List.of());
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
        ids.addAll(rowTypes);
        return ids;
    }

    /**
     * PostgreSQL does not track what a function body reads or writes, so those never block a drop; the row types of
     * its signature it does track.
     */
    @Override
    public Set<ObjectId> catalogDependsOn() {
        Set<ObjectId> ids = new LinkedHashSet<>();
        ids.add(ObjectId.schema(schema));
        ids.addAll(rowTypes);
        return ids;
    }
}
