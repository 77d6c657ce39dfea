package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.VersionRequirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Snapshot ↔ text. The text starts with a format number so a later pgcraft can read or migrate old snapshots. */
public final class SnapshotCodec {

    /** The snapshot file's name, beside the migrations. */
    public static final String FILE_NAME = "pgcraft-snapshot.json";

    static final int FORMAT = 1;

    private SnapshotCodec() {
    }

    public static String encode(Snapshot snapshot) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", (long) FORMAT);
        root.put("comment", "Written by pgcraft:generate; the model state the migrations lead to. Do not edit.");
        root.put("migrations", RecordCodec.toJson(snapshot.migrations()));
        root.put("requirements", RecordCodec.toJson(new ArrayList<>(snapshot.state().requirements())));
        root.put("objects", RecordCodec.toJson(new ArrayList<>(snapshot.state().objects())));
        return Json.write(root);
    }

    /** @param displayName how messages name the file */
    public static Snapshot decode(String text, String displayName) {
        try {
            Map<?, ?> root = (Map<?, ?>) Json.read(text);
            Object format = root.get("format");
            if (!Long.valueOf(FORMAT).equals(format)) {
                throw new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-SNAPSHOT-FORMAT",
                        "snapshot format " + format + " is not one this pgcraft reads (expected " + FORMAT + ")",
                        "Use the pgcraft version that wrote it, or upgrade pgcraft."));
            }
            SchemaState.Builder state = SchemaState.builder();
            for (Object object : list(root, "objects")) {
                state.add((DbObject) RecordCodec.fromJson(object, DbObject.class));
            }
            for (Object requirement : list(root, "requirements")) {
                state.require((VersionRequirement) RecordCodec.fromJson(requirement, VersionRequirement.class));
            }
            List<KnownMigration> migrations = new ArrayList<>();
            for (Object migration : list(root, "migrations")) {
                migrations.add((KnownMigration) RecordCodec.fromJson(migration, KnownMigration.class));
            }
            return new Snapshot(state.build(), migrations);
        } catch (Json.ParseException | IllegalArgumentException | ClassCastException | IllegalStateException e) {
            throw new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-SNAPSHOT-CORRUPT",
                    "the snapshot cannot be read: " + e.getMessage(),
                    "Restore it from version control (it is written by pgcraft:generate and should not be edited)."),
                    e);
        }
    }

    private static List<?> list(Map<?, ?> root, String key) {
        Object value = root.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return list;
    }
}
