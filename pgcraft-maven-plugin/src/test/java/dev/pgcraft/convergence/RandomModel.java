package dev.pgcraft.convergence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A pgcraft.xml that evolves at random, one valid edit per step, from a seed: dimensions and columns come, go and
 * are renamed (with {@code previousName}); types widen and narrow; nullability, defaults, uniqueness, checks,
 * indexes, foreign keys and comments change. Dimensions are {@code simple}, {@code appendOnly}, {@code eav} or
 * {@code ledger} (whose rules — double entry, balances kept or computed, latest, minimum balance — come and go
 * too), each edited only in ways its kind allows; the PostgREST extension is switched on and off and dimensions
 * are exposed through it (read-only, or writable by a second role). {@code <timestamps/>} and {@code <tenant/>} are switched on and
 * off for the model, and dimensions opt out of them and back in. Views and materialized views over the dimensions and
 * over each other come, go and change with them ({@link RandomViews}). The same seed always gives the same sequence of
 * models.
 */
final class RandomModel {

    private static final String[] SCHEMAS = {"app", "ref"};
    private static final String[] TYPES = {"integer", "bigint", "text", "character varying(20)",
            "character varying(40)", "numeric(10,2)", "numeric(12,2)", "boolean", "date", "timestamp with time zone"};
    private static final String[] ACTIONS = {"noAction", "restrict", "cascade", "setNull"};
    /** appendOnly refuses actions that would change current values without a version. */
    private static final String[] VERSIONED_ACTIONS = {"noAction", "restrict"};
    private static final String[] KINDS = {"simple", "simple", "appendOnly", "eav", "ledger"};

    private final Random random;
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    private final RandomViews views;
    /** Whether the model has a global {@code <timestamps/>}. */
    private boolean timestamps;
    /** Whether the model has a global {@code <tenant/>}. */
    private boolean tenant;
    /** Whether the model switches the PostgREST extension on (then exposed dimensions get api views). */
    private boolean api;
    private int names;
    /** What the last step did, for the failure message. */
    private String lastEdit = "start";

    RandomModel(long seed) {
        this.random = new Random(seed);
        this.views = new RandomViews(random, () -> ++names);
    }

    String lastEdit() {
        return lastEdit;
    }

    /** Applies one random edit; some edits find nothing to act on and try another. */
    void evolve() {
        // A rename is generated once; keeping previousName around longer is harmless, but a new dimension or
        // column may later take the old name, which the model then rejects.
        dimensions.values().forEach(d -> {
            d.previousName = null;
            d.columns.forEach(c -> c.previousName = null);
        });
        views.clearRenames();
        for (int attempt = 0; attempt < 20; attempt++) {
            if (tryEdit(random.nextInt(26))) {
                keepIndexNamesApart();
                return;
            }
        }
        addDimension();
    }

    /**
     * With the tenant, a {@code unique="true"} column and a unique index on that column alone both become unique
     * indexes on (tenant, column) under one name; with a predicate the index differs, which is refused
     * ({@code PGC-CONFIG-DUPLICATE-INDEX}, pinned by its own test). The user follows the hint and removes the index,
     * and so does this model.
     */
    private void keepIndexNamesApart() {
        if (!tenant) {
            return;
        }
        for (Dimension d : dimensions.values()) {
            if (d.kind.equals("eav") || d.excludesTenant) {
                continue;
            }
            d.indexes.removeIf(index -> {
                boolean clash = index.unique && index.whereNotNull != null && index.columns.size() == 1
                        && d.columns.stream().anyMatch(c -> c.unique && c.name.equals(index.columns.get(0)));
                if (clash) {
                    lastEdit += " (so index " + index.describe() + " of " + d.name + " goes: its name is taken)";
                }
                return clash;
            });
        }
    }

    private boolean tryEdit(int edit) {
        switch (edit) {
            case 0, 1 -> addDimension();
            case 2 -> {
                return dropDimension();
            }
            case 3 -> {
                return renameDimension();
            }
            case 4, 5 -> {
                return withDimension(d -> addColumn(d));
            }
            case 6 -> {
                return withColumn((d, c) -> dropColumn(d, c));
            }
            case 7 -> {
                return withColumn((d, c) -> rename(d, c));
            }
            case 8 -> {
                return withColumn((d, c) -> retype(d, c));
            }
            case 9 -> {
                // Maintained balances key their rows by the group column, which must stay NOT NULL.
                return withColumn((d, c) -> !(d.maintained && c.name.equals(d.groupColumn))
                        && toggle("nullable of " + d.name + "." + c.name, () -> c.nullable ^= true));
            }
            case 10 -> {
                return withColumn((d, c) -> changeDefault(d, c));
            }
            case 11 -> {
                return withColumn((d, c) -> toggle("unique of " + d.name + "." + c.name, () -> c.unique ^= true));
            }
            case 12 -> {
                return withDimension(this::changeCheck);
            }
            case 13 -> {
                return withDimension(this::changeIndex);
            }
            case 14 -> {
                return withDimension(this::changeReference);
            }
            case 15 -> {
                return withDimension(this::changeLedgerRule);
            }
            case 16 -> {
                return toggle("timestamps", () -> timestamps ^= true);
            }
            case 17 -> {
                return timestamps && withDimension(d -> toggle("timestamps exclusion of " + d.name,
                        () -> d.excludesTimestamps ^= true));
            }
            case 18 -> {
                return toggle("tenant", () -> tenant ^= true);
            }
            case 19 -> {
                return tenant && withDimension(d -> toggle("tenant exclusion of " + d.name,
                        () -> d.excludesTenant ^= true));
            }
            case 20 -> {
                return toggle("PostgREST api", () -> api ^= true);
            }
            case 21, 22 -> {
                return withDimension(d -> toggle("api exposure of " + d.name, () -> d.exposure = (d.exposure + 1) % 3));
            }
            case 24, 25 -> {
                Map<String, List<String>> columns = new LinkedHashMap<>();
                dimensions.values().forEach(d -> columns.put(d.qualified(), d.columns.stream().map(c -> c.name)
                        .toList()));
                if (!views.edit(columns)) {
                    return false;
                }
                lastEdit = views.lastEdit();
            }
            default -> {
                return withDimension(this::changeComment);
            }
        }
        return true;
    }

    private void addDimension() {
        Dimension d = new Dimension(SCHEMAS[random.nextInt(SCHEMAS.length)], "d" + (++names),
                KINDS[random.nextInt(KINDS.length)]);
        dimensions.put(d.qualified(), d);
        int columns = random.nextInt(3);
        for (int i = 0; i < columns; i++) {
            addColumn(d);
        }
        lastEdit = "add " + d.kind + " dimension " + d.qualified();
    }

    private boolean dropDimension() {
        if (dimensions.size() < 2) {
            return false;
        }
        Dimension d = pick(new ArrayList<>(dimensions.values()));
        dimensions.remove(d.qualified());
        views.drop(d.qualified());
        for (Dimension other : dimensions.values()) {
            for (ColumnModel c : other.columns) {
                if (d.qualified().equals(c.references)) {
                    c.references = null;
                }
            }
        }
        lastEdit = "drop dimension " + d.qualified();
        return true;
    }

    private boolean renameDimension() {
        if (dimensions.isEmpty()) {
            return false;
        }
        Dimension d = pick(new ArrayList<>(dimensions.values()));
        String old = d.qualified();
        dimensions.remove(old);
        d.previousName = d.name;
        d.name = "d" + (++names);
        dimensions.put(d.qualified(), d);
        views.sourceRenamed(old, d.qualified());
        for (Dimension other : dimensions.values()) {
            for (ColumnModel c : other.columns) {
                if (old.equals(c.references)) {
                    c.references = d.qualified();
                }
            }
        }
        lastEdit = "rename dimension " + old + " to " + d.qualified();
        return true;
    }

    private boolean addColumn(Dimension d) {
        ColumnModel c = new ColumnModel("c" + (++names), TYPES[random.nextInt(TYPES.length)]);
        c.nullable = random.nextInt(4) > 0;
        if (!c.nullable || random.nextInt(3) == 0) {
            c.defaultValue = defaultFor(c.type);
        }
        d.columns.add(c);
        lastEdit = "add column " + d.name + "." + c.name + " " + c.type;
        return true;
    }

    private boolean dropColumn(Dimension d, ColumnModel c) {
        d.columns.remove(c);
        views.columnDropped(d.qualified(), c.name);
        if (c.name.equals(d.groupColumn)) {
            d.clearGroup();
        }
        d.checks.removeIf(check -> check.column.equals(c.name));
        d.indexes.removeIf(index -> index.uses(c.name));
        lastEdit = "drop column " + d.name + "." + c.name;
        return true;
    }

    private boolean rename(Dimension d, ColumnModel c) {
        String old = c.name;
        c.previousName = old;
        c.name = "c" + (++names);
        views.columnRenamed(d.qualified(), old, c.name);
        if (old.equals(d.groupColumn)) {
            d.groupColumn = c.name;
        }
        d.checks.forEach(check -> check.rename(old, c.name));
        d.indexes.forEach(index -> index.rename(old, c.name));
        lastEdit = "rename column " + d.name + "." + old + " to " + c.name;
        return true;
    }

    private boolean retype(Dimension d, ColumnModel c) {
        String to = switch (c.type) {
            case "integer" -> "bigint";
            case "bigint" -> "integer";
            case "text" -> "character varying(40)";
            case "character varying(20)" -> random.nextBoolean() ? "character varying(40)" : "text";
            case "character varying(40)" -> random.nextBoolean() ? "character varying(20)" : "text";
            case "numeric(10,2)" -> "numeric(12,2)";
            case "numeric(12,2)" -> "numeric(10,2)";
            default -> null;
        };
        if (to == null || c.references != null) {
            return false;
        }
        lastEdit = "retype " + d.name + "." + c.name + " from " + c.type + " to " + to;
        // Checks and expression indexes are written for the type family, which a retype here keeps.
        c.type = to;
        if (c.defaultValue != null) {
            c.defaultValue = defaultFor(to);
        }
        return true;
    }

    private boolean changeDefault(Dimension d, ColumnModel c) {
        if (c.references != null) {
            return false;
        }
        c.defaultValue = c.defaultValue == null || random.nextBoolean() ? defaultFor(c.type) : null;
        if (c.defaultValue == null && !c.nullable) {
            c.defaultValue = defaultFor(c.type);
        }
        lastEdit = "default of " + d.name + "." + c.name + " = " + c.defaultValue;
        return true;
    }

    private boolean changeCheck(Dimension d) {
        if (!d.checks.isEmpty() && random.nextBoolean()) {
            CheckModel check = pick(d.checks);
            if (random.nextBoolean()) {
                d.checks.remove(check);
                lastEdit = "drop check " + d.name + "." + check.name;
            } else {
                check.bound++;
                lastEdit = "change check " + d.name + "." + check.name;
            }
            return true;
        }
        List<ColumnModel> numeric = d.columns.stream().filter(c -> family(c.type).equals("number")
                || family(c.type).equals("string")).toList();
        if (numeric.isEmpty()) {
            return false;
        }
        ColumnModel c = pick(numeric);
        d.checks.add(new CheckModel("k" + (++names), c.name, family(c.type).equals("string"), 0));
        lastEdit = "add check on " + d.name + "." + c.name;
        return true;
    }

    private boolean changeIndex(Dimension d) {
        if (d.kind.equals("eav")) {
            return false;
        }
        if (!d.indexes.isEmpty() && random.nextBoolean()) {
            IndexModel index = pick(d.indexes);
            if (random.nextBoolean()) {
                d.indexes.remove(index);
                lastEdit = "drop index " + index.describe() + " of " + d.name;
            } else {
                index.unique ^= true;
                lastEdit = "toggle unique of index " + index.describe() + " of " + d.name;
            }
            return true;
        }
        if (d.columns.isEmpty()) {
            return false;
        }
        IndexModel index = new IndexModel();
        ColumnModel first = pick(d.columns);
        if (family(first.type).equals("string") && random.nextInt(3) == 0) {
            index.expressionColumn = first.name;
        } else {
            index.columns.add(first.name);
            if (d.columns.size() > 1 && random.nextBoolean()) {
                ColumnModel second = pick(d.columns);
                if (second != first) {
                    index.columns.add(second.name);
                }
            }
            if (random.nextInt(4) == 0) {
                index.whereNotNull = first.name;
            }
        }
        // One index per key list: the name derives from the keys only, whatever the predicate or uniqueness.
        if (d.indexes.stream().anyMatch(other -> other.keys().equals(index.keys()))) {
            return false;
        }
        d.indexes.add(index);
        lastEdit = "add index " + index.describe() + " on " + d.name;
        return true;
    }

    private boolean changeReference(Dimension d) {
        if (d.kind.equals("eav")) {
            return false;
        }
        List<ColumnModel> referencing = d.columns.stream().filter(c -> c.references != null).toList();
        if (!referencing.isEmpty() && random.nextBoolean()) {
            ColumnModel c = pick(referencing);
            if (random.nextBoolean()) {
                c.references = null;
                lastEdit = "drop reference of " + d.name + "." + c.name;
            } else {
                c.onDelete = action(d);
                lastEdit = "reference action of " + d.name + "." + c.name + " = " + c.onDelete;
            }
            return true;
        }
        Dimension target = pick(new ArrayList<>(dimensions.values()));
        ColumnModel c = new ColumnModel("c" + (++names), "bigint");
        c.references = target.qualified();
        c.onDelete = action(d);
        d.columns.add(c);
        lastEdit = "add reference " + d.name + "." + c.name + " -> " + target.qualified();
        return true;
    }

    /** A ledger's rules: double entry, and the balance, latest and minimum-balance rules over one group column. */
    private boolean changeLedgerRule(Dimension d) {
        if (!d.kind.equals("ledger")) {
            return false;
        }
        switch (random.nextInt(5)) {
            case 0 -> {
                d.doubleEntry ^= true;
                lastEdit = "toggle doubleEntry of " + d.name;
            }
            case 1 -> {
                if (d.groupColumn != null || d.columns.isEmpty()) {
                    d.clearGroup();
                    lastEdit = "drop the ledger rules of " + d.name;
                } else {
                    ColumnModel c = pick(d.columns);
                    d.groupColumn = c.name;
                    d.maintained = random.nextBoolean();
                    // Kept balances are keyed by the group column: it becomes NOT NULL in the same step.
                    c.nullable &= !d.maintained;
                    lastEdit = "balance of " + d.name + " by " + c.name + (d.maintained ? ", maintained" : "");
                }
            }
            case 2 -> {
                ColumnModel group = d.group().orElse(null);
                if (group == null || group.nullable) {
                    return false;
                }
                d.maintained ^= true;
                lastEdit = "toggle maintained balances of " + d.name;
            }
            case 3 -> {
                if (d.groupColumn == null) {
                    return false;
                }
                d.latest ^= true;
                lastEdit = "toggle latest of " + d.name;
            }
            default -> {
                if (d.groupColumn == null) {
                    return false;
                }
                d.minBalance ^= true;
                lastEdit = "toggle minBalance of " + d.name;
            }
        }
        return true;
    }

    private String action(Dimension d) {
        String[] actions = d.kind.equals("appendOnly") ? VERSIONED_ACTIONS : ACTIONS;
        return actions[random.nextInt(actions.length)];
    }

    private boolean changeComment(Dimension d) {
        if (random.nextBoolean() || d.columns.isEmpty()) {
            d.comment = d.comment == null ? "Dimension " + d.name + " #" + (++names) : null;
            lastEdit = "comment of " + d.name;
        } else {
            ColumnModel c = pick(d.columns);
            c.comment = c.comment == null ? "Column's note #" + (++names) : null;
            lastEdit = "comment of " + d.name + "." + c.name;
        }
        return true;
    }

    private boolean toggle(String what, Runnable change) {
        change.run();
        lastEdit = "toggle " + what;
        return true;
    }

    private boolean withDimension(Predicate<Dimension> edit) {
        return !dimensions.isEmpty() && edit.test(pick(new ArrayList<>(dimensions.values())));
    }

    private boolean withColumn(ColumnEdit edit) {
        List<Dimension> withColumns = dimensions.values().stream().filter(d -> !d.columns.isEmpty()).toList();
        if (withColumns.isEmpty()) {
            return false;
        }
        Dimension d = pick(withColumns);
        return edit.apply(d, pick(d.columns));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String defaultFor(String type) {
        return switch (family(type)) {
            case "number" -> String.valueOf(random.nextInt(5));
            case "string" -> random.nextBoolean() ? "'x'" : "''";
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            case "date" -> "CURRENT_DATE";
            default -> "now()";
        };
    }

    static String family(String type) {
        if (type.startsWith("numeric") || type.equals("integer") || type.equals("bigint")) {
            return "number";
        }
        if (type.equals("text") || type.startsWith("character varying")) {
            return "string";
        }
        return type.equals("boolean") ? "boolean" : type.equals("date") ? "date" : "time";
    }

    /** The model as pgcraft.xml. */
    String toXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<pgcraft xmlns=\"urn:pgcraft:1\">\n"
                + (timestamps || tenant ? "  <plugins>" + (timestamps ? "<timestamps/>" : "")
                        + (tenant ? "<tenant type=\"bigint\"/>" : "") + "</plugins>\n" : "")
                + (api ? "  <extensions><rest:postgrest xmlns:rest=\"urn:pgcraft:postgrest:1\" schema=\"api\" "
                        + "authenticator=\"evo_authenticator\" anonRole=\"evo_anon\"><rest:role name=\"evo_user\"/>"
                        + "</rest:postgrest></extensions>\n" : ""));
        for (String schema : SCHEMAS) {
            List<Dimension> in = dimensions.values().stream().filter(d -> d.schema.equals(schema)).toList();
            if (in.isEmpty()) {
                continue;
            }
            xml.append("  <schema name=\"").append(schema).append("\">\n");
            in.forEach(d -> d.appendTo(xml, timestamps, tenant, api));
            xml.append("  </schema>\n");
        }
        views.appendTo(xml);
        return xml.append("</pgcraft>\n").toString();
    }

    static String attr(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + value.replace("&", "&amp;").replace("\"", "&quot;")
                .replace("<", "&lt;").replace(">", "&gt;") + "\"";
    }

    @FunctionalInterface
    private interface ColumnEdit {
        boolean apply(Dimension dimension, ColumnModel column);
    }

    private static final class Dimension {
        final String schema;
        /** The XML element: simple, appendOnly or eav. */
        final String kind;
        String name;
        String previousName;
        String comment;
        final List<ColumnModel> columns = new ArrayList<>();
        final List<CheckModel> checks = new ArrayList<>();
        final List<IndexModel> indexes = new ArrayList<>();
        // Ledger rules; the balance, latest and minimum-balance rules all group by groupColumn.
        boolean doubleEntry;
        String groupColumn;
        boolean maintained;
        /** Opts out of a global {@code <timestamps/>}. */
        boolean excludesTimestamps;
        /** Opts out of a global {@code <tenant/>}. */
        boolean excludesTenant;
        /** 0: not in the api; 1: the anonymous role may read it; 2: the user role may also write it. */
        int exposure;
        boolean latest;
        boolean minBalance;

        Dimension(String schema, String name, String kind) {
            this.schema = schema;
            this.name = name;
            this.kind = kind;
        }

        String qualified() {
            return schema + "." + name;
        }

        java.util.Optional<ColumnModel> group() {
            return columns.stream().filter(c -> c.name.equals(groupColumn)).findFirst();
        }

        void clearGroup() {
            groupColumn = null;
            maintained = false;
            latest = false;
            minBalance = false;
        }

        /**
         * @param timestamps whether the model has a global {@code <timestamps/>} this dimension may opt out of
         * @param tenant     whether the model has a global {@code <tenant/>} this dimension may opt out of
         * @param api        whether the PostgREST extension is on, so an exposure is written
         */
        void appendTo(StringBuilder xml, boolean timestamps, boolean tenant, boolean api) {
            xml.append("    <").append(kind).append(attr("name", name)).append(attr("previousName", previousName))
                    .append(attr("comment", comment)).append(">\n");
            boolean withoutTimestamps = excludesTimestamps && timestamps;
            boolean withoutTenant = excludesTenant && tenant;
            if (withoutTimestamps || withoutTenant) {
                xml.append("      <plugins>").append(withoutTimestamps ? "<exclude plugin=\"timestamps\"/>" : "")
                        .append(withoutTenant ? "<exclude plugin=\"tenant\"/>" : "").append("</plugins>\n");
            }
            for (ColumnModel c : columns) {
                xml.append("      <column").append(attr("name", c.name)).append(attr("previousName", c.previousName))
                        .append(attr("type", c.type)).append(c.nullable ? "" : attr("nullable", "false"))
                        .append(attr("default", c.defaultValue)).append(c.unique ? attr("unique", "true") : "")
                        .append(attr("references", c.references))
                        .append(c.references == null ? "" : attr("onDelete", c.onDelete))
                        .append(attr("comment", c.comment)).append("/>\n");
            }
            for (CheckModel check : checks) {
                xml.append("      <check").append(attr("name", check.name))
                        .append(attr("expression", check.expression())).append("/>\n");
            }
            for (IndexModel index : indexes) {
                xml.append("      <index")
                        .append(index.columns.isEmpty() ? "" : attr("columns", String.join(", ", index.columns)))
                        .append(index.expressionColumn == null ? "" : attr("expression",
                                "lower(" + index.expressionColumn + ")"))
                        .append(index.unique ? attr("unique", "true") : "")
                        .append(index.whereNotNull == null ? "" : attr("where", index.whereNotNull + " IS NOT NULL"))
                        .append("/>\n");
            }
            if (doubleEntry) {
                xml.append("      <doubleEntry/>\n");
            }
            if (groupColumn != null) {
                xml.append("      <balance").append(attr("groupBy", groupColumn))
                        .append(maintained ? attr("maintained", "true") : "").append("/>\n");
                if (latest) {
                    xml.append("      <latest").append(attr("groupBy", groupColumn)).append("/>\n");
                }
                if (minBalance) {
                    xml.append("      <minBalance").append(attr("groupBy", groupColumn)).append(attr("min", "0"))
                            .append("/>\n");
                }
            }
            if (api && exposure > 0) {
                xml.append("      <rest:api xmlns:rest=\"urn:pgcraft:postgrest:1\">")
                        .append("<rest:grant role=\"evo_anon\" verbs=\"select\"/>");
                if (exposure == 2) {
                    // A ledger's entries are immutable: the api may only add them.
                    xml.append("<rest:grant role=\"evo_user\" verbs=\"")
                            .append(kind.equals("ledger") ? "select insert" : "select insert update delete")
                            .append("\"/>");
                }
                xml.append("</rest:api>\n");
            }
            xml.append("    </").append(kind).append(">\n");
        }
    }

    private static final class ColumnModel {
        String name;
        String previousName;
        String type;
        boolean nullable = true;
        String defaultValue;
        boolean unique;
        String references;
        String onDelete;
        String comment;

        ColumnModel(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    private static final class CheckModel {
        final String name;
        String column;
        final boolean text;
        int bound;

        CheckModel(String name, String column, boolean text, int bound) {
            this.name = name;
            this.column = column;
            this.text = text;
            this.bound = bound;
        }

        void rename(String from, String to) {
            if (column.equals(from)) {
                column = to;
            }
        }

        String expression() {
            return text ? "length(" + column + ") >= " + bound : column + " >= " + bound;
        }
    }

    private static final class IndexModel {
        final List<String> columns = new ArrayList<>();
        String expressionColumn;
        String whereNotNull;
        boolean unique;

        boolean uses(String column) {
            return columns.contains(column) || column.equals(expressionColumn) || column.equals(whereNotNull);
        }

        void rename(String from, String to) {
            columns.replaceAll(c -> c.equals(from) ? to : c);
            if (from.equals(expressionColumn)) {
                expressionColumn = to;
            }
            if (from.equals(whereNotNull)) {
                whereNotNull = to;
            }
        }

        String keys() {
            return expressionColumn != null ? "lower(" + expressionColumn + ")" : String.join(",", columns);
        }

        String describe() {
            return (expressionColumn != null ? "lower(" + expressionColumn + ")" : String.join(",", columns))
                    + (whereNotNull != null ? " where " + whereNotNull : "") + (unique ? " unique" : "");
        }
    }
}
