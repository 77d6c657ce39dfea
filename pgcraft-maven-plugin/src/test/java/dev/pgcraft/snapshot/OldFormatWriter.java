package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.DbObject;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a snapshot as format 1 or 2 did (one key per line, every record field but nulls, ids as objects), for tests
 * that need an old snapshot of a state they build: {@code check} and {@code generate} must still accept those. The
 * frozen files under {@code snapshot-fixtures/} are the authority on what old releases wrote; this writer is checked
 * against one of them ({@code OldFormatWriterTest}).
 */
public final class OldFormatWriter {

    /** Boolean record fields the model gained after the last format-2 release. */
    private static final java.util.Set<String> LATER_FIELDS = java.util.Set.of("Role.noInherit",
            "Index.onView", "Comment.onMaterializedView");

    private OldFormatWriter() {
    }

    /** Format 1: no migration chain. */
    public static String format1(Snapshot snapshot) {
        return write(snapshot, false);
    }

    /** Format 2: the chain per migration and its head at top level. */
    public static String format2(Snapshot snapshot) {
        return write(snapshot, true);
    }

    private static String write(Snapshot snapshot, boolean chained) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", chained ? 2L : 1L);
        root.put("comment", "Written by pgcraft:generate; the model state the migrations lead to. Do not edit.");
        if (chained) {
            root.put("chain", snapshot.chain());
        }
        List<Object> migrations = new ArrayList<>();
        for (KnownMigration migration : snapshot.migrations()) {
            Map<String, Object> known = new LinkedHashMap<>();
            known.put("version", migration.version());
            known.put("script", migration.script());
            known.put("checksum", migration.checksum());
            if (chained) {
                known.put("chain", migration.chain());
            }
            migrations.add(known);
        }
        root.put("migrations", migrations);
        root.put("requirements", toJson(new ArrayList<>(snapshot.state().requirements())));
        root.put("objects", toJson(new ArrayList<>(snapshot.state().objects())));
        StringBuilder out = new StringBuilder();
        pretty(root, out, 0);
        return out.append('\n').toString();
    }

    private static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(toJson(item)));
            return out;
        }
        Record record = (Record) value;
        Map<String, Object> out = new LinkedHashMap<>();
        if (record instanceof DbObject) {
            String simple = record.getClass().getSimpleName();
            out.put("kind", simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1));
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object field = toJson(component.getAccessor().invoke(record));
                // Fields added after format 2 (Role.noInherit, …) were never written by it: at their default, leave
                // them out, as a format-2 release would have had no field to write.
                boolean laterDefault = LATER_FIELDS.contains(record.getClass().getSimpleName() + "."
                        + component.getName()) && Boolean.FALSE.equals(field);
                if (field != null && !laterDefault) {
                    out.put(component.getName(), field);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static void pretty(Object value, StringBuilder out, int indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append("  ".repeat(indent + 1));
                Json.string((String) entry.getKey(), out);
                out.append(": ");
                pretty(entry.getValue(), out, indent + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else if (value instanceof List<?> list
                && list.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append("  ".repeat(indent + 1));
                pretty(list.get(i), out, indent + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        } else {
            Json.inline(value, out);
        }
    }
}
