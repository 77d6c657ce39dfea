package dev.pgcraft.generate;

import dev.pgcraft.diff.Change;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.sql.SqlText;
import dev.pgcraft.render.MigrationRenderer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code pgcraft:refresh} header lines of a migration: the materialized views {@code migrate} fills after the
 * migration's transaction ({@code afterMigrate}, {@code concurrently}; created {@code WITH NO DATA}), each once, when
 * the migration creates or recreates the view or changes a table or view it reads, directly or through other views.
 * In dependency order, so a view over another is refreshed after it.
 */
final class RefreshDirectives {

    private RefreshDirectives() {
    }

    /** @param state the state the migration leads to (for an undo file, the previous one) */
    static List<String> of(SchemaState state, List<Change> changes) {
        Set<ObjectId> touched = changes.stream().map(Change::subject)
                .filter(id -> id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW).collect(Collectors.toSet());
        if (touched.isEmpty()) {
            return List.of();
        }
        List<View> refreshed = new ArrayList<>();
        for (View view : state.all(View.class)) {
            if (view.materialized() && view.refresh() != null && readsAny(state, view, touched, new HashSet<>())) {
                refreshed.add(view);
            }
        }
        List<String> lines = new ArrayList<>();
        for (View view : dependencyOrder(state, refreshed)) {
            lines.add(MigrationRenderer.REFRESH_DIRECTIVE.substring(3) + SqlText.qualified(view.schema(), view.name())
                    + " " + view.refresh());
        }
        return lines;
    }

    /** Whether {@code view} is among {@code touched} or reads one of them, through any number of views. */
    private static boolean readsAny(SchemaState state, View view, Set<ObjectId> touched, Set<ObjectId> seen) {
        if (touched.contains(view.id())) {
            return true;
        }
        for (ObjectId read : view.reads()) {
            if (touched.contains(read)) {
                return true;
            }
            if (seen.add(read) && state.get(read).orElse(null) instanceof View under
                    && readsAny(state, under, touched, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The views, each after those of them it reads (through any views); otherwise in id order. */
    private static List<View> dependencyOrder(SchemaState state, List<View> views) {
        Set<View> ordered = new LinkedHashSet<>();
        for (View view : views) {
            visit(state, view, views, ordered, new HashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void visit(SchemaState state, View view, List<View> views, Set<View> ordered, Set<ObjectId> path) {
        if (ordered.contains(view) || !path.add(view.id())) {
            return;
        }
        for (ObjectId read : view.reads()) {
            if (state.get(read).orElse(null) instanceof View under) {
                visit(state, under, views, ordered, path);
            }
        }
        if (views.contains(view)) {
            ordered.add(view);
        }
    }
}
