package dev.pgcraft.generate;

import dev.pgcraft.diff.Change;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a migration does, in a few lines a person reads in a CI log: objects created, replaced and dropped counted
 * by kind, renames, and per table the columns added, dropped or changed. Each line starts with a verb padded to
 * one width, so the lines align: {@code creates  3 tables, 2 views}, {@code alters   table dim.products: adds
 * column color}. Follows the order of the changes, so the same migration always reads the same.
 */
public final class ChangeSummary {

    private static final int VERB_WIDTH = 9;

    private ChangeSummary() {
    }

    public static List<String> of(List<Change> changes) {
        Map<ObjectKind, Integer> created = new EnumMap<>(ObjectKind.class);
        Map<ObjectKind, Integer> replaced = new EnumMap<>(ObjectKind.class);
        Map<ObjectKind, Integer> dropped = new EnumMap<>(ObjectKind.class);
        List<String> renames = new ArrayList<>();
        Map<String, List<String>> altered = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.subject().kind() == ObjectKind.DATA_KEY) {
                continue; // bookkeeping of a rename, which is summarised already
            }
            if (change instanceof Change.Create || change instanceof Change.CreateIndexConcurrently
                    || change instanceof Change.AddConstraintNotValid || change instanceof Change.AddUniqueConcurrently) {
                created.merge(change.subject().kind(), 1, Integer::sum);
            } else if (change instanceof Change.Drop || change instanceof Change.DropIndexConcurrently) {
                dropped.merge(change.subject().kind(), 1, Integer::sum);
            } else if (change instanceof Change.Replace) {
                replaced.merge(change.subject().kind(), 1, Integer::sum);
            } else if (change instanceof Change.RenameTable rename) {
                renames.add("table " + rename.from().schema() + "." + rename.from().name() + " to " + rename.newName());
            } else if (change instanceof Change.Rename rename) {
                renames.add(rename.from().id().describe() + " to " + rename.to().id().name());
            } else if (change instanceof Change.RenameColumn rename) {
                alter(altered, change, "renames column " + rename.from() + " to " + rename.to());
            } else if (change instanceof Change.AddColumn add) {
                alter(altered, change, "adds column " + add.column().name());
            } else if (change instanceof Change.DropColumn drop) {
                alter(altered, change, "drops column " + drop.column().name());
            } else if (change instanceof Change.AlterColumn alter) {
                alter(altered, change, alter.from().type().equals(alter.to().type())
                        ? "changes nullability or default of column " + alter.to().name()
                        : "changes type of column " + alter.to().name() + " to " + alter.to().type());
            } else if (change instanceof Change.AddNotNullCheck add) {
                alter(altered, change, "sets NOT NULL on column " + add.column().name());
            }
            // ValidateConstraint and SetNotNullValidated finish a change counted above.
        }
        List<String> lines = new ArrayList<>();
        counted(lines, "creates", created);
        counted(lines, "replaces", replaced);
        renames.forEach(rename -> lines.add(pad("renames") + rename));
        altered.forEach((table, what) -> lines.add(pad("alters") + table + ": " + String.join(", ", what)));
        counted(lines, "drops", dropped);
        return lines;
    }

    private static void alter(Map<String, List<String>> altered, Change change, String what) {
        ObjectId table = change.subject();
        altered.computeIfAbsent("table " + table.schema() + "." + (table.table() != null ? table.table()
                : table.name()), key -> new ArrayList<>()).add(what);
    }

    private static void counted(List<String> lines, String verb, Map<ObjectKind, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(count + " " + noun(kind, count)));
        lines.add(pad(verb) + String.join(", ", parts));
    }

    private static String noun(ObjectKind kind, int count) {
        String singular = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (count == 1) {
            return singular;
        }
        return singular.endsWith("x") ? singular + "es" : singular + "s";
    }

    private static String pad(String verb) {
        return verb + " ".repeat(Math.max(1, VERB_WIDTH - verb.length()));
    }
}
