package dev.pgcraft.postgrest;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spec.SchemaSpec;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.ModelContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code <rest:postgrest>} and the {@code <rest:api>}s of a model and checks what the XSD cannot: where each
 * element stands, that grants name declared roles and verbs the dimension takes, that columns exist, and that no two
 * exposures share a name. Every problem is collected and reported at once, each at its element's position; nothing
 * is built from a model that has one.
 */
final class ApiReader {

    private final ModelContext context;
    private final List<Problem> problems = new ArrayList<>();

    private ApiReader(ModelContext context) {
        this.context = context;
    }

    /** The API the model declares, or empty when it declares none. */
    static Optional<Api> read(ModelContext context) {
        return new ApiReader(context).read();
    }

    /**
     * The checked API.
     *
     * @param settings  {@code <rest:postgrest>}
     * @param exposures the exposed dimensions in document order
     * @param views     the exposed views and materialized views in document order
     */
    record Api(ApiSettings settings, List<Exposure> exposures, List<ViewExposure> views) {
    }

    private Optional<Api> read() {
        ModelSpec model = context.model();
        List<ExtensionElement> declarations = new ArrayList<>();
        for (ExtensionElement element : ours(model.extensions())) {
            if (element.localName().equals("postgrest")) {
                declarations.add(element);
            } else {
                misplaced(element, "in <extensions>", "at the end of the dimension it exposes");
            }
        }
        List<ExtensionElement> viewApis = new ArrayList<>();
        List<SchemaSpec> viewSchemas = new ArrayList<>();
        for (SchemaSpec schema : model.schemas()) {
            for (ExtensionElement element : ours(schema.extensions())) {
                if (element.localName().equals("api") && element.attribute("view").isPresent()) {
                    viewApis.add(element);
                    viewSchemas.add(schema);
                } else {
                    misplaced(element, "directly in <schema name=\"" + schema.name() + "\">",
                            element.localName().equals("postgrest") ? "in <extensions>"
                                    : "at the end of the dimension it exposes (or, with view=\"…\", in the schema"
                                    + " of the view it exposes)");
                }
            }
        }
        List<ExtensionElement> apis = new ArrayList<>();
        List<DimensionSpec> exposed = new ArrayList<>();
        for (DimensionSpec dimension : model.dimensions()) {
            boolean seen = false;
            for (ExtensionElement element : ours(dimension.extensions())) {
                if (element.localName().equals("postgrest")) {
                    misplaced(element, "in dimension " + dimension.qualifiedName(), "in <extensions>");
                } else if (element.attribute("view").isPresent()) {
                    misplaced(element, "with view=\"" + element.attribute("view").get() + "\" in dimension "
                            + dimension.qualifiedName(), "directly in the <schema> of that view");
                } else if (seen) {
                    problems.add(Problem.at(element.location(), "PGC-POSTGREST-API-TWICE",
                            "Dimension " + dimension.qualifiedName() + " has a second <" + element.qualifiedName()
                                    + ">; a dimension is exposed once.",
                            "Merge the two into one element: its <rest:grant>s list every role."));
                } else {
                    seen = true;
                    apis.add(element);
                    exposed.add(dimension);
                }
            }
        }
        if (declarations.size() > 1) {
            problems.add(Problem.at(declarations.get(1).location(), "PGC-POSTGREST-DECLARED-TWICE",
                    "<" + declarations.get(1).qualifiedName() + "> is declared a second time; the model has one API"
                            + " (first declared at line " + declarations.get(0).location().line() + ").",
                    "Keep one <rest:postgrest> in <extensions>."));
        }
        if (declarations.isEmpty()) {
            apis.addAll(viewApis);
            if (!apis.isEmpty()) {
                problems.add(Problem.at(apis.get(0).location(), "PGC-POSTGREST-NOT-DECLARED",
                        "<" + apis.get(0).qualifiedName() + "> exposes a relation, but the model declares no"
                                + " <rest:postgrest> API.",
                        "Add <rest:postgrest schema=\"api\" anonRole=\"web_anon\"/> to <extensions>."));
            }
            fail();
            return Optional.empty();
        }
        ApiSettings settings = settings(declarations.get(0), model);
        List<Exposure> exposures = new ArrayList<>();
        for (int i = 0; i < apis.size(); i++) {
            exposure(apis.get(i), exposed.get(i), settings).ifPresent(exposures::add);
        }
        List<ViewExposure> views = new ArrayList<>();
        for (int i = 0; i < viewApis.size(); i++) {
            viewExposure(viewApis.get(i), viewSchemas.get(i), settings).ifPresent(views::add);
        }
        uniqueNames(exposures, views);
        fail();
        return Optional.of(new Api(settings, exposures, views));
    }

    private static List<ExtensionElement> ours(List<ExtensionElement> elements) {
        return elements.stream().filter(e -> PostgrestExtension.NAMESPACE.equals(e.namespace())).toList();
    }

    private void misplaced(ExtensionElement element, String where, String belongs) {
        problems.add(Problem.at(element.location(), "PGC-POSTGREST-MISPLACED",
                "<" + element.qualifiedName() + "> stands " + where + "; it belongs " + belongs + ".",
                "Move it " + belongs + "."));
    }

    private ApiSettings settings(ExtensionElement element, ModelSpec model) {
        String schema = element.attribute("schema").orElse("api");
        String authenticator = element.attribute("authenticator").orElse("authenticator");
        String anon = element.attribute("anonRole").orElse("web_anon");
        ApiSettings.Security security = ApiSettings.Security.valueOf(
                element.attribute("security").orElse("definer").toUpperCase(Locale.ROOT));
        SourceLocation at = element.location();
        if (model.schemas().stream().anyMatch(s -> s.name().equals(schema))) {
            problems.add(Problem.at(at, "PGC-POSTGREST-SCHEMA-CLASH", "The api schema \"" + schema
                            + "\" is also a schema of dimensions; the api schema holds only the views pgcraft exposes,"
                            + " so PostgREST never serves a raw table.",
                    "Choose another api schema (schema=\"api\"), or move the dimensions to another schema."));
        }
        if (anon.equals(authenticator)) {
            problems.add(Problem.at(at, "PGC-POSTGREST-ROLE-CLASH", "anonRole and authenticator are both \""
                    + anon + "\"; the authenticator must hold no privilege of its own.",
                    "Give the anonymous role another name (anonRole=\"web_anon\")."));
        }
        List<String> roles = new ArrayList<>();
        ApiSettings.Tenant tenant = null;
        for (ExtensionElement child : element.children()) {
            if (child.localName().equals("tenantFromClaim")) {
                tenant = tenant(child, model, security);
                continue;
            }
            String name = child.attribute("name").orElseThrow();
            if (name.equals(authenticator) || name.equals(anon) || roles.contains(name)) {
                problems.add(Problem.at(child.location(), "PGC-POSTGREST-ROLE-CLASH", "Role \"" + name
                                + "\" is declared twice (as the authenticator, the anonymous role or another"
                                + " <rest:role>).",
                        "Remove this <rest:role>, or give it another name."));
            } else {
                roles.add(name);
            }
        }
        String privateSchema = element.attribute("privateSchema").orElse(schema + "_private");
        if (privateSchema.equals(schema) || model.schemas().stream().anyMatch(s -> s.name().equals(privateSchema))) {
            problems.add(Problem.at(at, "PGC-POSTGREST-SCHEMA-CLASH", "The api's private schema \"" + privateSchema
                            + "\" is also the api schema or a schema of dimensions; it holds only the API's helpers.",
                    "Choose another private schema (privateSchema=\"" + schema + "_private\")."));
        }
        return new ApiSettings(schema, authenticator, anon, security, roles,
                element.attribute("notifyChannel").orElse("pgrst"), privateSchema, tenant, at);
    }

    /**
     * {@code <rest:tenantFromClaim>}: needs the built-in {@code <tenant/>} plugin (the column it isolates by) and
     * invoker mode (a definer view reads with its owner's rights, which row-level security does not restrict).
     */
    private ApiSettings.Tenant tenant(ExtensionElement element, ModelSpec model, ApiSettings.Security security) {
        Optional<PluginSpec> plugin = model.plugins().stream()
                .filter(spec -> PluginSpec.CORE_NAMESPACE.equals(spec.namespace()) && spec.element().equals("tenant"))
                .findFirst();
        if (plugin.isEmpty()) {
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-TENANT-NEEDS-TENANT",
                    "<" + element.qualifiedName() + "> isolates tenants by the tenant column, but the model has no"
                            + " global <tenant/> plugin.",
                    "Add <tenant column=\"tenant_id\" type=\"uuid\"/> to the global <plugins>."));
            return null;
        }
        if (security != ApiSettings.Security.INVOKER) {
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-TENANT-NEEDS-INVOKER",
                    "<" + element.qualifiedName() + "> needs security=\"invoker\": in definer mode the api views"
                            + " read and write with their owner's rights, which row-level security does not restrict.",
                    "Set security=\"invoker\" on <rest:postgrest> (PostgreSQL 15+)."));
        }
        return new ApiSettings.Tenant(element.attribute("claim").orElse("tenant_id"),
                plugin.get().attribute("column").orElse("tenant_id"));
    }

    private Optional<Exposure> exposure(ExtensionElement element, DimensionSpec dimension, ApiSettings settings) {
        DimensionSurface surface = context.surface(dimension.qualifiedName()).orElseThrow(
                () -> new IllegalStateException("no surface for " + dimension.qualifiedName()));
        String name = element.attribute("name").orElse(dimension.name());
        Optional<String> columns = element.attribute("columns");
        Optional<String> exclude = element.attribute("exclude");
        int before = problems.size();
        if (columns.isPresent() && exclude.isPresent()) {
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-COLUMNS-AND-EXCLUDE",
                    "<" + element.qualifiedName() + "> of " + dimension.qualifiedName()
                            + " has both columns and exclude; say what to show or what to hide, not both.",
                    "Keep one of the two attributes."));
        }
        List<String> all = surface.columns().stream().map(DimensionSurface.SurfaceColumn::name).toList();
        String key = surface.key().get(0);
        Set<String> named = new LinkedHashSet<>();
        // The element holds current names; the model may be the one under its previous names (see pendingRenames).
        RenameMap pending = context.pendingRenames();
        String current = pending.currentQualified(dimension.qualifiedName());
        columns.or(() -> exclude).ifPresent(list -> Arrays.stream(list.strip().split("\\s+"))
                .map(column -> pending.previousColumn(current, column).orElse(column)).forEach(named::add));
        for (String column : named) {
            if (!all.contains(column)) {
                problems.add(Problem.at(element.location(), "PGC-POSTGREST-UNKNOWN-COLUMN",
                        "<" + element.qualifiedName() + "> of " + dimension.qualifiedName() + " names column \""
                                + column + "\", which " + surface.relation().describe() + " does not have; it has "
                                + String.join(", ", all) + ".",
                        "Correct the name in " + (columns.isPresent() ? "columns" : "exclude") + "."));
            }
        }
        if (exclude.isPresent() && columns.isEmpty() && named.contains(key)) {
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-KEY-HIDDEN",
                    "<" + element.qualifiedName() + "> of " + dimension.qualifiedName() + " excludes the key column \""
                            + key + "\"; without it a row cannot be addressed (PATCH, DELETE, embedding).",
                    "Remove \"" + key + "\" from exclude."));
        }
        List<String> shown = all.stream().filter(c -> c.equals(key) || (columns.isPresent() ? named.contains(c)
                : !named.contains(c))).toList();
        List<Exposure.ApiGrant> grants = grants(element, dimension.qualifiedName(), settings);
        for (Exposure.ApiGrant grant : grants) {
            ExtensionElement child = grant.element();
            Set<DimensionSurface.Verb> verbs = grant.verbs();
            Set<DimensionSurface.Verb> refused = EnumSet.copyOf(verbs);
            refused.removeAll(surface.verbs());
            if (!refused.isEmpty()) {
                problems.add(Problem.at(child.location(), "PGC-POSTGREST-VERB-REFUSED",
                        "<" + child.qualifiedName() + "> grants " + verbNames(refused) + " on "
                                + dimension.qualifiedName() + ", which a " + surface.kind() + " dimension does not take"
                                + " (it takes " + verbNames(surface.verbs()) + ").",
                        "Remove " + verbNames(refused) + " from verbs."));
            }
            if (verbs.contains(DimensionSurface.Verb.INSERT) && drawsFromASequence(surface, key)) {
                problems.add(Problem.at(child.location(), "PGC-POSTGREST-SERIAL-KEY",
                        "<" + child.qualifiedName() + "> grants insert on " + dimension.qualifiedName()
                                + ", whose key \"" + key + "\" is serial: an insert through the API draws from the"
                                + " column's sequence, on which pgcraft grants nothing, and would fail with 42501.",
                        "Use <pk type=\"identity\"/> (the default) or a uuid pk for exposed dimensions."));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Exposure(dimension, surface, name, shown, grants, element.location()));
    }

    /** The {@code <rest:grant>}s of an exposure, each role declared and granted once. */
    private List<Exposure.ApiGrant> grants(ExtensionElement element, String exposed, ApiSettings settings) {
        List<Exposure.ApiGrant> grants = new ArrayList<>();
        Set<String> granted = new java.util.HashSet<>();
        for (ExtensionElement child : element.children()) {
            String role = child.attribute("role").orElseThrow();
            Set<DimensionSurface.Verb> verbs = EnumSet.noneOf(DimensionSurface.Verb.class);
            for (String verb : child.attribute("verbs").orElseThrow().strip().split("\\s+")) {
                verbs.add(DimensionSurface.Verb.valueOf(verb.toUpperCase(Locale.ROOT)));
            }
            if (!settings.grantees().contains(role)) {
                problems.add(Problem.at(child.location(), "PGC-POSTGREST-UNKNOWN-ROLE",
                        "<" + child.qualifiedName() + "> on " + exposed + " names role \"" + role
                                + "\", which the API does not declare; it declares " + String.join(", ",
                                settings.grantees()) + ".",
                        "Declare it with <rest:role name=\"" + role + "\"/> in <rest:postgrest>, or correct the"
                                + " name."));
            }
            if (!granted.add(role)) {
                problems.add(Problem.at(child.location(), "PGC-POSTGREST-GRANT-TWICE",
                        "Role \"" + role + "\" has a second <" + child.qualifiedName() + "> on " + exposed + ".",
                        "List all its verbs in one grant."));
            }
            grants.add(new Exposure.ApiGrant(role, verbs, child));
        }
        return grants;
    }

    /**
     * {@code <rest:api view="…">} in a schema: the view or materialized view of that name, exposed read-only. Its
     * columns are named ({@code columns}, required): what a view returns is known only once PostgreSQL has built it,
     * after the API is, so pgcraft cannot list "every column but these"; and a listed column set keeps the API
     * stable when the view gains a column.
     */
    private Optional<ViewExposure> viewExposure(ExtensionElement element, SchemaSpec schema, ApiSettings settings) {
        String viewName = element.attribute("view").orElseThrow();
        int before = problems.size();
        Optional<ViewSpec> found = schema.views().stream().filter(v -> v.name().equals(viewName)).findFirst();
        if (found.isEmpty()) {
            List<String> names = schema.views().stream().map(ViewSpec::name).toList();
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-UNKNOWN-VIEW",
                    "<" + element.qualifiedName() + " view=\"" + viewName + "\"> names no view of schema "
                            + schema.name() + (names.isEmpty() ? ", which has none." : "; it has "
                            + String.join(", ", names) + "."),
                    "Correct the name, or put the element in the <schema> of the view."));
        }
        String shown = schema.name() + "." + viewName;
        if (element.attribute("exclude").isPresent() || element.attribute("columns").isEmpty()) {
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-VIEW-COLUMNS",
                    "<" + element.qualifiedName() + "> of view " + shown + " must name its columns with columns=\"…\""
                            + (element.attribute("exclude").isPresent() ? ", not exclude" : "")
                            + ": what a view returns is known only from PostgreSQL, after the API is built.",
                    "List the columns the API shows: columns=\"id name …\"."));
        }
        if (settings.tenant() != null) {
            problems.add(Problem.at(element.location(), "PGC-POSTGREST-VIEW-TENANT",
                    "<" + element.qualifiedName() + "> exposes view " + shown + " in a tenant API; a view reads with"
                            + " its owner's rights, which row-level security does not restrict, so it would show"
                            + " every tenant's rows.",
                    "Remove the exposure, or expose the dimensions it reads."));
        }
        List<Exposure.ApiGrant> grants = grants(element, "view " + shown, settings);
        for (Exposure.ApiGrant grant : grants) {
            Set<DimensionSurface.Verb> writes = EnumSet.copyOf(grant.verbs());
            writes.remove(DimensionSurface.Verb.SELECT);
            if (!writes.isEmpty()) {
                problems.add(Problem.at(grant.element().location(), "PGC-POSTGREST-VIEW-READ-ONLY",
                        "<" + grant.element().qualifiedName() + "> grants " + verbNames(writes) + " on view " + shown
                                + "; views are exposed read-only.",
                        "Grant select only; write through the dimensions the view reads."));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> columns = Arrays.asList(element.attribute("columns").orElseThrow().strip().split("\\s+"));
        return Optional.of(new ViewExposure(found.get(), element.attribute("name").orElse(viewName), columns, grants,
                element.location()));
    }

    /**
     * Whether the relation's key is a serial column: its default calls nextval() on a sequence PostgreSQL names, and
     * the inserting role needs a privilege there (an identity column's sequence needs none).
     */
    private boolean drawsFromASequence(DimensionSurface surface, String key) {
        return context.object(surface.relation()).filter(Table.class::isInstance).map(Table.class::cast)
                .flatMap(table -> table.column(key)).map(column -> column.type().endsWith("serial")).orElse(false);
    }

    private static String verbNames(Set<DimensionSurface.Verb> verbs) {
        return EnumSet.copyOf(verbs).stream().map(v -> v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** Two exposures, or an exposure and a ledger's derived view, under one api name. */
    private void uniqueNames(List<Exposure> exposures, List<ViewExposure> views) {
        Map<String, String> taken = new HashMap<>();
        Map<String, SourceLocation> where = new HashMap<>();
        for (Exposure exposure : exposures) {
            for (String name : ApiViews.names(exposure)) {
                taken(name, exposure.dimension().qualifiedName(), exposure.location(), taken, where);
            }
        }
        for (ViewExposure view : views) {
            taken(view.name(), "view " + view.view().qualifiedName(), view.location(), taken, where);
        }
    }

    private void taken(String name, String exposed, SourceLocation at, Map<String, String> taken,
                       Map<String, SourceLocation> where) {
        String other = taken.putIfAbsent(name, exposed);
        if (other != null) {
            problems.add(Problem.at(at, "PGC-POSTGREST-NAME-TAKEN",
                    exposed + " would be exposed as api view \"" + name + "\", which " + other + " (line "
                            + where.get(name).line() + ") is exposed as already.",
                    "Give one of them another name: <rest:api name=\"…\">."));
        } else {
            where.put(name, at);
        }
    }

    private void fail() {
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }
}
