package dev.pgcraft.postgrest;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The views of one exposure in the api schema: {@code api.T} over the dimension's relation and, for a ledger, the
 * read-only {@code api.T_balances} and {@code api.T_latest} over the ledger's own. Each lists its columns (never
 * {@code *}), so a column added to or hidden from the API changes the view's text and the migration follows it.
 */
final class ApiViews {

    /** The ledger kind's element name: the one kind whose exposure has derived views. */
    static final String LEDGER = "ledger";
    static final String BALANCES = "_balances";
    static final String LATEST = "_latest";

    private ApiViews() {
    }

    /**
     * One view and whether it takes writes.
     *
     * @param view     the view
     * @param writable whether the exposure's write grants apply to it (the derived views are read-only)
     */
    record ApiView(View view, boolean writable) {
    }

    /** The api names an exposure takes. */
    static List<String> names(Exposure exposure) {
        List<String> names = new ArrayList<>(List.of(exposure.name()));
        ledger(exposure).ifPresent(ledger -> {
            if (ledger.balance() != null) {
                names.add(exposure.name() + BALANCES);
            }
            if (ledger.latest() != null) {
                names.add(exposure.name() + LATEST);
            }
        });
        return names;
    }

    /**
     * A condition the api view puts on the rows it shows and takes (with {@code check_option=local}).
     *
     * @param condition the SQL condition
     * @param uses      the function it calls: the view is created after it
     */
    record RowFilter(String condition, ObjectId uses) {
    }

    /**
     * @param options the views' storage parameters ({@code security_invoker=true} in invoker mode), or {@code null}
     * @param derived  whether a ledger's balances and latest views are exposed (not in a tenant API: they are plain
     *                 views, read with their owner's rights, which row-level security does not restrict)
     * @param filter   the tenant condition of an exposure row-level security cannot isolate (an appendOnly or eav
     *                 dimension), or {@code null}
     */
    static List<ApiView> of(Exposure exposure, String apiSchema, String options, boolean derived,
                            RowFilter filter) {
        DimensionSurface surface = exposure.surface();
        List<ViewColumn> columns = new ArrayList<>();
        for (String name : exposure.columns()) {
            DimensionSurface.SurfaceColumn column = surface.column(name).orElseThrow();
            String mirrored = exposure.dimension().column(name).map(ColumnSpec::defaultValue).orElse(null);
            columns.add(new ViewColumn(name, column.type(), mirrored));
        }
        List<ApiView> views = new ArrayList<>();
        if (filter == null) {
            views.add(new ApiView(view(apiSchema, exposure.name(), surface.relation(), columns, options), true));
        } else {
            views.add(new ApiView(filtered(apiSchema, exposure.name(), surface.relation(), columns, options, filter),
                    true));
        }
        ledger(exposure).filter(ledger -> derived).ifPresent(ledger -> {
            String schema = surface.schema();
            if (ledger.balance() != null) {
                String source = surface.name() + BALANCES;
                ObjectId read = ledger.balance().maintained() ? ObjectId.table(schema, source)
                        : ObjectId.view(schema, source);
                List<ViewColumn> sums = new ArrayList<>();
                for (String group : ledger.balance().groupBy()) {
                    sums.add(new ViewColumn(group, surface.column(group).orElseThrow().type()));
                }
                // The ledger sums integer values as bigint and every other value type as numeric.
                sums.add(new ViewColumn("balance", ledger.valueType().equals("integer") ? "bigint" : "numeric"));
                views.add(new ApiView(view(apiSchema, exposure.name() + BALANCES, read, sums, options), false));
            }
            if (ledger.latest() != null) {
                List<ViewColumn> latest = columns.stream().map(c -> new ViewColumn(c.name(), c.type())).toList();
                views.add(new ApiView(view(apiSchema, exposure.name() + LATEST,
                        ObjectId.view(schema, surface.name() + LATEST), latest, options), false));
            }
        });
        return views;
    }

    /**
     * An api view over a view of the model: the listed columns, whose types PostgreSQL knows only once that view is
     * built, so the api view's columns are unknown (empty).
     */
    static View over(String apiSchema, String name, ObjectId source, List<String> columns, String options) {
        String query = "SELECT " + SqlText.identList(columns) + "\n  FROM "
                + SqlText.qualified(source.schema(), source.name());
        return new View(apiSchema, name, query, false, List.of(source), List.of(), options);
    }

    private static View view(String apiSchema, String name, ObjectId source, List<ViewColumn> columns,
                             String options) {
        String query = "SELECT " + columns.stream().map(c -> SqlText.ident(c.name()))
                .collect(Collectors.joining(", ")) + "\n  FROM " + SqlText.qualified(source.schema(), source.name());
        return new View(apiSchema, name, query, false, List.of(source), columns, options);
    }

    /**
     * An api view that shows and takes only the rows {@code filter} accepts, with {@code check_option=local} so an
     * insert or update through it whose resulting row fails the condition is refused (SQLSTATE 44000, a second line
     * behind the guard trigger that refuses it first with 42501, see ApiPlugin) — also when the
     * relation behind it is a view written by INSTEAD OF triggers, whose returned row is what the option checks. Not
     * {@code security_barrier}: on PostgreSQL 18, UPDATE and DELETE through a security-barrier view over a
     * trigger-updatable view reach rows its condition excludes (another tenant's row was deleted in a replay), while
     * the plain view's condition is merged into the statement and holds. PostgREST's filters use built-in operators
     * only, so no function of a request can see a row before the condition has run.
     */
    private static View filtered(String apiSchema, String name, ObjectId source, List<ViewColumn> columns,
                                 String options, RowFilter filter) {
        View plain = view(apiSchema, name, source, columns, options);
        List<String> parameters = new ArrayList<>(List.of("check_option=local"));
        if (options != null) {
            parameters.add(options);
        }
        return new View(apiSchema, name, plain.query() + "\n WHERE " + filter.condition(), false,
                List.of(source, filter.uses()), columns, String.join(", ", parameters));
    }

    private static java.util.Optional<LedgerPart> ledger(Exposure exposure) {
        return exposure.surface().kind().equals(LEDGER) && exposure.dimension().part() instanceof LedgerPart part
                ? java.util.Optional.of(part) : java.util.Optional.empty();
    }
}
