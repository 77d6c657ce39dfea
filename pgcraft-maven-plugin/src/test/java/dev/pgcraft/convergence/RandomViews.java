package dev.pgcraft.convergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * The {@code <view>}s and {@code <materializedView>}s of a {@link RandomModel}, in schema {@code rpt}: over the
 * random dimensions and over each other. They come and go, are renamed ({@code previousName}, with the views over
 * them updated in the same step), turn from plain to materialized and back, and their select lists change; what
 * happens under them (a column dropped, renamed or retyped, a dimension renamed or dropped) reaches them as the
 * user would write it: a query that names what is gone or renamed is updated in the same step.
 */
final class RandomViews {

    static final String SCHEMA = "rpt";
    /** The output column of a view that selects no column: {@code SELECT count(*) AS n}. */
    private static final String COUNT = "n";

    private final Random random;
    private final IntSupplier names;
    private final List<ViewModel> views = new ArrayList<>();
    private String lastEdit = "";

    /** @param names hands out the model's next unused number for a name */
    RandomViews(Random random, IntSupplier names) {
        this.random = random;
        this.names = names;
    }

    String lastEdit() {
        return lastEdit;
    }

    boolean isEmpty() {
        return views.isEmpty();
    }

    /** A rename is generated once (as for dimensions). */
    void clearRenames() {
        views.forEach(view -> view.previousName = null);
    }

    /**
     * One random edit of the views.
     *
     * @param dimensions every dimension ({@code schema.name}) with its column names
     */
    boolean edit(Map<String, List<String>> dimensions) {
        boolean edited = editOnce(dimensions);
        if (edited) {
            keepFillable();
        }
        return edited;
    }

    /**
     * A manual materialized view over one filled after migrate (through plain views or not) is refused
     * ({@code PGC-VIEW-MANUAL-OVER-UNFILLED}, pinned by its own test); the user follows the hint and refreshes it
     * after migrate too, and so does this model.
     */
    private void keepFillable() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ViewModel view : views) {
                if (view.materialized && !view.afterMigrate && readsUnfilled(view.source)) {
                    view.afterMigrate = true;
                    lastEdit += " (so " + view.qualified() + " is refreshed afterMigrate too)";
                    changed = true;
                }
            }
        }
    }

    /** Whether {@code source} is a materialized view filled after migrate, or a plain view over one. */
    private boolean readsUnfilled(String source) {
        ViewModel view = views.stream().filter(v -> v.qualified().equals(source)).findFirst().orElse(null);
        if (view == null) {
            return false;
        }
        return view.materialized ? view.afterMigrate : readsUnfilled(view.source);
    }

    private boolean editOnce(Map<String, List<String>> dimensions) {
        int edit = views.isEmpty() ? 0 : random.nextInt(6);
        switch (edit) {
            case 0, 1 -> {
                return add(dimensions);
            }
            case 2 -> {
                ViewModel view = pick(views);
                drop(view.qualified());
                lastEdit = "drop view " + view.qualified();
            }
            case 3 -> {
                ViewModel view = pick(views);
                String old = view.qualified();
                view.previousName = view.name;
                view.name = "v" + names.getAsInt();
                sourceRenamed(old, view.qualified());
                lastEdit = "rename view " + old + " to " + view.qualified();
            }
            case 4 -> {
                ViewModel view = pick(views);
                view.materialized ^= true;
                view.afterMigrate = view.materialized && random.nextBoolean();
                view.index = view.materialized && !view.columns.isEmpty() && random.nextBoolean();
                lastEdit = (view.materialized ? "materialize view " : "dematerialize view ") + view.qualified();
            }
            default -> {
                return changeColumns(pick(views), dimensions);
            }
        }
        return true;
    }

    private boolean add(Map<String, List<String>> dimensions) {
        List<String> sources = new ArrayList<>(dimensions.keySet());
        if (!views.isEmpty() && random.nextInt(3) == 0) {
            sources = views.stream().map(ViewModel::qualified).toList();
        }
        if (sources.isEmpty()) {
            return false;
        }
        String source = pick(sources);
        ViewModel view = new ViewModel("v" + names.getAsInt(), source);
        List<String> available = new ArrayList<>(outputOf(source, dimensions));
        for (int i = random.nextInt(3); i > 0 && !available.isEmpty(); i--) {
            view.columns.add(available.remove(random.nextInt(available.size())));
        }
        view.materialized = random.nextInt(3) == 0;
        view.afterMigrate = view.materialized && random.nextBoolean();
        view.index = view.materialized && !view.columns.isEmpty() && random.nextBoolean();
        views.add(view);
        lastEdit = "add " + (view.materialized ? "materialized " : "") + "view " + view.qualified() + " over "
                + source + " " + view.columns;
        return true;
    }

    /** Adds a column of its source to the select list, or takes one away. */
    private boolean changeColumns(ViewModel view, Map<String, List<String>> dimensions) {
        List<String> available = new ArrayList<>(outputOf(view.source, dimensions));
        available.removeAll(view.columns);
        List<String> before = view.output();
        if (!view.columns.isEmpty() && (available.isEmpty() || random.nextBoolean())) {
            String gone = view.columns.remove(random.nextInt(view.columns.size()));
            lastEdit = "view " + view.qualified() + " no longer selects " + gone;
        } else if (!available.isEmpty()) {
            String added = pick(available);
            view.columns.add(added);
            lastEdit = "view " + view.qualified() + " selects " + added + " too";
        } else {
            return false;
        }
        view.index &= !view.columns.isEmpty();
        outputChanged(view, before);
        return true;
    }

    /** A dimension or view is gone: so are the views over it. */
    void drop(String source) {
        List<ViewModel> over = views.stream().filter(view -> view.source.equals(source)).toList();
        views.removeIf(view -> view.qualified().equals(source));
        over.forEach(view -> drop(view.qualified()));
    }

    /** A dimension or view has a new name: the queries naming it are updated. */
    void sourceRenamed(String old, String now) {
        views.stream().filter(view -> view.source.equals(old)).forEach(view -> view.source = now);
    }

    /** A column of a dimension or view is gone: the queries selecting it no longer do. */
    void columnDropped(String source, String column) {
        for (ViewModel view : List.copyOf(views)) {
            if (view.source.equals(source) && view.columns.contains(column)) {
                List<String> before = view.output();
                view.columns.remove(column);
                view.index &= !view.columns.isEmpty();
                outputChanged(view, before);
            }
        }
    }

    /** A column of a dimension or view has a new name: the queries selecting it use it (and return it under it). */
    void columnRenamed(String source, String old, String now) {
        for (ViewModel view : List.copyOf(views)) {
            if (view.source.equals(source) && view.columns.contains(old)) {
                view.columns.replaceAll(c -> c.equals(old) ? now : c);
                columnRenamed(view.qualified(), old, now);
            }
        }
    }

    /** The views over {@code view} lose what it no longer returns. */
    private void outputChanged(ViewModel view, List<String> before) {
        List<String> after = view.output();
        for (String column : before) {
            if (!after.contains(column)) {
                columnDropped(view.qualified(), column);
            }
        }
    }

    private List<String> outputOf(String source, Map<String, List<String>> dimensions) {
        if (dimensions.containsKey(source)) {
            return dimensions.get(source);
        }
        return views.stream().filter(view -> view.qualified().equals(source)).findFirst().map(ViewModel::output)
                .orElse(List.of());
    }

    /** The schema element, or nothing without views. */
    void appendTo(StringBuilder xml) {
        if (views.isEmpty()) {
            return;
        }
        xml.append("  <schema name=\"").append(SCHEMA).append("\">\n");
        for (ViewModel view : views) {
            String element = view.materialized ? "materializedView" : "view";
            xml.append("    <").append(element).append(RandomModel.attr("name", view.name))
                    .append(RandomModel.attr("previousName", view.previousName))
                    .append(view.afterMigrate ? RandomModel.attr("refresh", "afterMigrate") : "").append(">\n")
                    .append("      <query>").append(view.query().replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</query>\n");
            if (view.index) {
                xml.append("      <index").append(RandomModel.attr("columns", view.columns.get(0))).append("/>\n");
            }
            xml.append("    </").append(element).append(">\n");
        }
        xml.append("  </schema>\n");
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static final class ViewModel {
        String name;
        String previousName;
        /** The dimension or view it reads, {@code schema.name}. */
        String source;
        /** The columns of the source it selects; none: it counts the source's rows. */
        final List<String> columns = new ArrayList<>();
        boolean materialized;
        boolean afterMigrate;
        /** A materialized view's index on its first column. */
        boolean index;

        ViewModel(String name, String source) {
            this.name = name;
            this.source = source;
        }

        String qualified() {
            return SCHEMA + "." + name;
        }

        List<String> output() {
            return columns.isEmpty() ? List.of(COUNT) : List.copyOf(columns);
        }

        String query() {
            return "SELECT " + (columns.isEmpty() ? "count(*) AS " + COUNT : String.join(", ", columns)) + " FROM "
                    + source;
        }
    }
}
