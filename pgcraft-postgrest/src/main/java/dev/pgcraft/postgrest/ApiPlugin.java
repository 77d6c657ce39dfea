package dev.pgcraft.postgrest;

import dev.pgcraft.model.schema.ChangeNotice;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Policy;
import dev.pgcraft.model.schema.Revocation;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.RowSecurity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.ModelContext;
import dev.pgcraft.model.spi.ModelPlugin;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds the API to the schema state: the api schema, the roles, a view per exposure (and a ledger's derived views),
 * their comments, and the grants. Everything is state: the differ turns a grant that left the model into a
 * {@code REVOKE}, a role that left it into a (destructive) {@code DROP ROLE} after its grants are revoked.
 */
final class ApiPlugin implements ModelPlugin {

    /** The storage parameter of an api view in invoker mode. */
    static final String SECURITY_INVOKER = "security_invoker=true";

    @Override
    public String name() {
        return "rest:postgrest";
    }

    @Override
    public void apply(ModelContext context) {
        ApiReader.read(context).ifPresent(api -> build(api, context));
    }

    private static void build(ApiReader.Api api, ModelContext context) {
        ApiSettings settings = api.settings();
        context.add(new Schema(settings.schema()));
        // PostgREST caches the api schema's catalog: a migration that changes it must tell PostgREST to reload.
        context.notice(new ChangeNotice(settings.notifyChannel(), "reload schema", Set.of(settings.schema())));
        roles(settings, context);
        for (String role : settings.grantees()) {
            context.add(new Grant(ObjectId.schema(settings.schema()), role, List.of("USAGE")));
        }
        SqlFunction claim = claims(settings, context);
        boolean invoker = settings.security() == ApiSettings.Security.INVOKER;
        if (invoker) {
            context.require(new VersionRequirement(15, "<rest:postgrest security=\"invoker\"> (security_invoker"
                    + " views)"));
        }
        // In invoker mode the API roles read the relations behind the views with their own rights: they need the
        // same privileges there, and USAGE on the dimensions' schemas.
        Map<ObjectId, Map<String, Set<DimensionSurface.Verb>>> behind = new TreeMap<>();
        SqlFunction guard = null;
        for (Exposure exposure : api.exposures()) {
            boolean isolated = settings.tenant() != null
                    && exposure.surface().column(settings.tenant().column()).isPresent();
            ApiViews.RowFilter filter = null;
            if (isolated && context.object(exposure.surface().relation()).orElse(null) instanceof Table) {
                isolate(exposure, settings, claim, context);
            } else if (isolated) {
                // An appendOnly or eav dimension: read through a view and written by SECURITY DEFINER triggers,
                // which row-level security does not restrict; the api view itself keeps to the request's tenant.
                filter = new ApiViews.RowFilter(sameTenant(exposure, settings, claim), claim.id());
                if (guard == null) {
                    guard = tenantGuard(exposure, settings, claim, context);
                }
                guard(exposure, guard, context);
            }
            for (ApiViews.ApiView apiView : ApiViews.of(exposure, settings.schema(),
                    invoker ? SECURITY_INVOKER : null, !isolated, filter)) {
                context.add(apiView.view());
                ObjectId id = apiView.view().id();
                comments(exposure, apiView, context);
                for (Exposure.ApiGrant grant : exposure.grants()) {
                    Set<DimensionSurface.Verb> verbs = apiView.writable() ? grant.verbs()
                            : grant.verbs().contains(DimensionSurface.Verb.SELECT)
                            ? EnumSet.of(DimensionSurface.Verb.SELECT) : Set.of();
                    if (!verbs.isEmpty()) {
                        context.add(new Grant(id, grant.role(), privileges(verbs)));
                        if (invoker) {
                            behind.computeIfAbsent(apiView.view().reads().get(0), k -> new TreeMap<>())
                                    .computeIfAbsent(grant.role(), k -> EnumSet.noneOf(DimensionSurface.Verb.class))
                                    .addAll(verbs);
                        }
                    }
                }
            }
        }
        for (ViewExposure exposure : api.views()) {
            expose(exposure, settings, invoker ? SECURITY_INVOKER : null, behind, context);
        }
        grantBehind(behind, context);
        revokeFromPublic(context);
    }

    /**
     * A view or materialized view of the model as {@code api.name}: its listed columns, its comment and its columns'
     * comments, SELECT for the roles granted select (the only verb a view exposure takes). Its columns' types are
     * not known here (PostgreSQL says what a view returns only after the model is built), so the api view is one of
     * unknown columns: any change to it is a drop and create, and when the view under it is recreated the differ
     * recreates it too, with its grants and comments.
     */
    private static void expose(ViewExposure exposure, ApiSettings settings, String options,
                               Map<ObjectId, Map<String, Set<DimensionSurface.Verb>>> behind, ModelContext context) {
        ViewSpec spec = exposure.view();
        ObjectId source = ObjectId.view(spec.schema(), spec.name());
        View view = ApiViews.over(settings.schema(), exposure.name(), source, exposure.columns(), options);
        context.add(view);
        if (spec.comment() != null) {
            context.add(new Comment(view.id(), null, spec.comment()));
        }
        spec.columnComments().forEach((column, text) -> {
            if (exposure.columns().contains(column)) {
                context.add(new Comment(view.id(), column, text));
            }
        });
        for (Exposure.ApiGrant grant : exposure.grants()) {
            context.add(new Grant(view.id(), grant.role(), List.of("SELECT")));
            if (options != null) {
                behind.computeIfAbsent(source, k -> new TreeMap<>())
                        .computeIfAbsent(grant.role(), k -> EnumSet.noneOf(DimensionSurface.Verb.class))
                        .add(DimensionSurface.Verb.SELECT);
            }
        }
    }

    /**
     * PostgreSQL lets every role ({@code PUBLIC}) execute a new function, so the API roles could call the model's
     * trigger, ledger and eav functions directly (in invoker mode they have USAGE on the dimensions' schemas). Every
     * function of the model loses that default; the API roles get EXECUTE only where they need it (the claims
     * helper). Triggers still fire for them: PostgreSQL checks EXECUTE on a trigger function when the trigger is
     * created, not when it fires.
     */
    private static void revokeFromPublic(ModelContext context) {
        for (DbObject object : context.objects()) {
            if (object instanceof SqlFunction function) {
                context.add(new Revocation(function.id(), List.of("EXECUTE")));
            }
        }
    }

    /** Invoker mode: each role's verbs on the relations behind its api views, and USAGE on their schemas. */
    private static void grantBehind(Map<ObjectId, Map<String, Set<DimensionSurface.Verb>>> behind,
                                    ModelContext context) {
        Map<String, Set<String>> schemaUsage = new TreeMap<>();
        behind.forEach((relation, roles) -> roles.forEach((role, verbs) -> {
            context.add(new Grant(relation, role, privileges(verbs)));
            schemaUsage.computeIfAbsent(relation.schema(), k -> new TreeSet<>()).add(role);
        }));
        schemaUsage.forEach((schema, roles) -> roles.forEach(role ->
                context.add(new Grant(ObjectId.schema(schema), role, List.of("USAGE")))));
    }

    /**
     * The anonymous and declared roles cannot log in; the authenticator can, holds nothing itself (NOINHERIT) and is a
     * member of each so PostgREST may switch to them. No role gets a password here: it is set out of band.
     */
    private static void roles(ApiSettings settings, ModelContext context) {
        for (String role : settings.grantees()) {
            context.add(new Role(role, false, List.of(), false));
        }
        context.add(new Role(settings.authenticator(), true, settings.grantees().stream().sorted().toList(), true));
    }

    /**
     * {@code api_private.claim(name)}: one claim of the current request's JWT ({@code request.jwt.claims}, which
     * PostgREST sets per transaction), or NULL outside a request: what row-level-security policies and queries use.
     * In a schema PostgREST does not serve, so it is no RPC endpoint.
     */
    private static SqlFunction claims(ApiSettings settings, ModelContext context) {
        String schema = settings.privateSchema();
        context.add(new Schema(schema));
        SqlFunction claim = new SqlFunction(schema, "claim", List.of("p_name text"), List.of("text"), "text", "sql",
                "SELECT NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::pg_catalog.json"
                        + " ->> p_name", "STABLE", false, SqlFunction.PINNED_SEARCH_PATH, List.of());
        context.add(claim);
        context.add(new Comment(claim.id(), null, "One claim of the current PostgREST request's JWT, or NULL."));
        for (String role : settings.grantees()) {
            context.add(new Grant(ObjectId.schema(schema), role, List.of("USAGE")));
            context.add(new Grant(claim.id(), role, List.of("EXECUTE")));
        }
        return claim;
    }

    /**
     * {@code <rest:tenantFromClaim>}: row-level security on the exposed table, and one policy for every API role
     * that lets a request see and write only the rows of the tenant its JWT names (a request without the claim sees
     * none; writing another tenant's row fails with 42501).
     */
    private static void isolate(Exposure exposure, ApiSettings settings, SqlFunction claim, ModelContext context) {
        ObjectId table = exposure.surface().relation();
        String sameTenant = sameTenant(exposure, settings, claim);
        context.add(new RowSecurity(table, false));
        context.add(new Policy(table, "tenant_isolation", "ALL", settings.grantees().stream().sorted().toList(),
                sameTenant, sameTenant, List.of(claim.id())));
    }

    /**
     * {@code api_private.tenant_guard()}: refuses, with 42501 as row-level security does, a row an API role inserts or
     * updates into a tenant other than its request's. The api view's check option would refuse it too, but with
     * 44000, which PostgREST answers as a bad request rather than a forbidden one. Shared by every guarded dimension:
     * the tenant column and its type are the same throughout the model (the global tenant plugin). Not SECURITY
     * DEFINER: it reads only the request's settings, as the role of the request.
     */
    private static SqlFunction tenantGuard(Exposure exposure, ApiSettings settings, SqlFunction claim,
                                           ModelContext context) {
        String column = settings.tenant().column();
        String type = exposure.surface().column(column).orElseThrow().type();
        String roles = settings.grantees().stream().sorted().map(SqlText::literal)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        String body = "BEGIN\n"
                + "    IF current_user IN (" + roles + ")\n"
                + "            AND NEW." + SqlText.ident(column) + " IS DISTINCT FROM ("
                + SqlText.qualified(claim.schema(), claim.name()) + "(" + SqlText.literal(settings.tenant().claim())
                + "))::" + type + " THEN\n"
                + "        RAISE EXCEPTION USING MESSAGE = 'new row violates row-level security policy for view \"'"
                + " || TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME || '\" (tenant isolation)',\n"
                + "            ERRCODE = 'insufficient_privilege', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,"
                + " COLUMN = " + SqlText.literal(column) + ",\n"
                + "            HINT = " + SqlText.literal("A request writes only rows of the tenant its JWT names in"
                + " its " + settings.tenant().claim() + " claim.") + ";\n"
                + "    END IF;\n"
                + "    RETURN NEW;\n"
                + "END;";
        SqlFunction guard = new SqlFunction(settings.privateSchema(), "tenant_guard", List.of(), List.of(), "trigger",
                "plpgsql", body, "VOLATILE", false, SqlFunction.PINNED_SEARCH_PATH, List.of(claim.id()));
        context.add(guard);
        context.add(new Comment(guard.id(), null, "Refuses an API role's write of a row into another tenant (42501)."));
        return guard;
    }

    /**
     * The guard on an appendOnly or eav dimension's view: an INSTEAD OF trigger named {@code T_api_tenant}, which
     * sorts before the kind's own {@code T_delete}, {@code T_insert}, {@code T_touch} and {@code T_update}, and
     * PostgreSQL fires a view's INSTEAD OF row triggers in name order, each getting the row the previous one returned:
     * the guard sees the row before the dimension writes it.
     */
    private static void guard(Exposure exposure, SqlFunction guard, ModelContext context) {
        ObjectId view = exposure.surface().relation();
        context.add(new Trigger(view.schema(), view.name(), true,
                ObjectNames.fit(view.name() + "_api_tenant"), "INSTEAD OF", List.of("INSERT", "UPDATE"), true, false,
                null, guard.id()));
    }

    /** {@code tenant_id = (api_private.claim('tenant_id'))::type}: the row belongs to the request's tenant. */
    private static String sameTenant(Exposure exposure, ApiSettings settings, SqlFunction claim) {
        String column = settings.tenant().column();
        String type = exposure.surface().column(column).orElseThrow().type();
        return SqlText.ident(column) + " = (" + SqlText.qualified(claim.schema(), claim.name()) + "("
                + SqlText.literal(settings.tenant().claim()) + "))::" + type;
    }

    private static void comments(Exposure exposure, ApiViews.ApiView apiView, ModelContext context) {
        ObjectId id = apiView.view().id();
        if (apiView.writable() && exposure.dimension().comment() != null) {
            context.add(new Comment(id, null, exposure.dimension().comment()));
        }
        for (var column : apiView.view().columns()) {
            exposure.dimension().column(column.name()).map(ColumnSpec::comment)
                    .ifPresent(text -> context.add(new Comment(id, column.name(), text)));
        }
    }

    /** The verbs as privileges, in the order users write them. */
    private static List<String> privileges(Set<DimensionSurface.Verb> verbs) {
        TreeMap<DimensionSurface.Verb, String> ordered = new TreeMap<>();
        verbs.forEach(verb -> ordered.put(verb, verb.name()));
        return new ArrayList<>(ordered.values());
    }
}
