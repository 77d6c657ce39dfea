package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.VersionRequirement;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Snapshot ↔ text. The text starts with a format number so a later pgcraft can read or migrate old snapshots.
 *
 * <p>Formats: 1 lists the known migrations (version, script, checksum); 2 adds the {@link MigrationChain}, one
 * link per migration and its head at top level; 3 (written now) stores the same facts line by line: each migration
 * and each object on one line, objects grouped by schema ({@link ObjectLines}). Formats 1 and 2 are still read
 * ({@link RecordCodec}; format 1's chain computed on reading), since users have committed such snapshots; the next
 * {@code generate} writes format 3.
 */
public final class SnapshotCodec {

    /** The snapshot file's name, beside the migrations. */
    public static final String FILE_NAME = "pgcraft-snapshot.json";

    static final long FORMAT = 3;
    private static final long FORMAT_WITHOUT_CHAIN = 1;
    private static final long FORMAT_ONE_KEY_PER_LINE = 2;
    private static final String COMMENT =
            "Written by pgcraft:generate; the model state the migrations lead to. Do not edit.";

    private SnapshotCodec() {
    }

    /**
     * Format 3: the top level pretty-printed, then one line per migration and per object. Object lines start at the
     * left margin (a line is the object: grep finds it, a diff shows it), a table's columns two spaces in, a function's
     * body lines at the margin as in the migration.
     */
    public static String encode(Snapshot snapshot) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("{\n  \"format\": ").append(FORMAT).append(",\n  \"comment\": ");
        Json.string(COMMENT, out);
        out.append(",\n  \"chain\": ");
        Json.string(snapshot.chain(), out);
        out.append(",\n  \"migrations\": [");
        String separator = "\n";
        for (KnownMigration migration : snapshot.migrations()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("version", migration.version());
            line.put("script", migration.script());
            line.put("checksum", migration.checksum());
            line.put("chain", migration.chain());
            out.append(separator).append("    ");
            Json.inline(line, out);
            separator = ",\n";
        }
        close(out, snapshot.migrations().isEmpty(), "  ]");
        out.append(",\n  \"requirements\": [");
        separator = "\n";
        for (VersionRequirement requirement : snapshot.state().requirements()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("major", (long) requirement.major());
            line.put("reason", requirement.reason());
            out.append(separator).append("    ");
            Json.inline(line, out);
            separator = ",\n";
        }
        close(out, snapshot.state().requirements().isEmpty(), "  ]");
        List<DbObject> cluster = new ArrayList<>();
        Map<String, List<DbObject>> bySchema = new TreeMap<>();
        for (DbObject object : snapshot.state().objects()) {
            String schema = object.id().schema();
            (schema == null ? cluster : bySchema.computeIfAbsent(schema, s -> new ArrayList<>())).add(object);
        }
        out.append(",\n  \"cluster\": [");
        objects(cluster, null, out);
        close(out, cluster.isEmpty(), "  ]");
        out.append(",\n  \"schemas\": {");
        separator = "\n";
        for (Map.Entry<String, List<DbObject>> schema : bySchema.entrySet()) {
            out.append(separator).append("    ");
            Json.string(schema.getKey(), out);
            out.append(": [");
            objects(schema.getValue(), schema.getKey(), out);
            close(out, false, "    ]");
            separator = ",\n";
        }
        close(out, bySchema.isEmpty(), "  }");
        return out.append("\n}\n").toString();
    }

    private static void objects(List<DbObject> objects, String schema, StringBuilder out) {
        String separator = "\n";
        SharedBodies.Writer bodies = new SharedBodies.Writer();
        for (DbObject object : objects) {
            out.append(separator);
            ObjectLines.Line line = ObjectLines.write(object, schema);
            if (object instanceof SqlFunction function && line.block() != null) {
                List<String> shared = bodies.share(function);
                if (shared != null) {
                    line.fields().put(SharedBodies.KEY, shared);
                    line = new ObjectLines.Line(line.fields(), null, null, 0);
                }
            }
            Json.inline(line.fields(), out);
            if (line.block() != null) {
                out.setLength(out.length() - 1);
                out.append(", ");
                Json.string(line.blockKey(), out);
                out.append(": [");
                String itemSeparator = "\n";
                for (Object item : line.block()) {
                    out.append(itemSeparator);
                    out.append(" ".repeat(line.blockIndent()));
                    Json.inline(item, out);
                    itemSeparator = ",\n";
                }
                out.append("\n]}");
            }
            separator = ",\n";
        }
    }

    /** Closes a list or map: on the same line when it is empty, else on a line of its own. */
    private static void close(StringBuilder out, boolean empty, String closing) {
        out.append(empty ? closing.strip() : "\n" + closing);
    }

    /**
     * Reads the snapshot file, if there is one.
     *
     * @param displayName how messages name the file
     */
    public static Optional<Snapshot> read(Path file, String displayName) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(utf8(Files.readAllBytes(file), displayName), displayName));
        } catch (IOException e) {
            throw new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-SNAPSHOT-READ",
                    "cannot read the snapshot: " + e.getMessage(), "Check the file's permissions."), e);
        }
    }

    /** The file's text; bytes that are not UTF-8 are damage, reported at their byte offset. */
    static String utf8(byte[] bytes, String displayName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw corrupt(SourceLocation.of(displayName), "byte offset " + in.position() + " is not UTF-8 (the file"
                    + " was re-encoded or damaged)", null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** @param displayName how messages name the file */
    public static Snapshot decode(String text, String displayName) {
        Object json;
        try {
            json = Json.read(text);
        } catch (Json.ParseException e) {
            throw corrupt(new SourceLocation(displayName, e.line(), e.column()), e.getMessage(), e);
        }
        if (!(json instanceof Map<?, ?> root)) {
            throw corrupt(SourceLocation.of(displayName), "expected a JSON object at the top level", null);
        }
        try {
            Object format = root.get("format");
            if (Long.valueOf(FORMAT).equals(format)) {
                return lines(root);
            }
            boolean chained = Long.valueOf(FORMAT_ONE_KEY_PER_LINE).equals(format);
            if (!chained && !Long.valueOf(FORMAT_WITHOUT_CHAIN).equals(format)) {
                throw new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-SNAPSHOT-FORMAT",
                        "snapshot format " + format + " is not one this pgcraft reads (it reads "
                                + FORMAT_WITHOUT_CHAIN + " to " + FORMAT + ")",
                        "Use the pgcraft version that wrote it, or upgrade pgcraft."));
            }
            return records(root, chained);
        } catch (PgcraftException e) {
            throw e;
        } catch (Fields.Misfit e) {
            int line = Json.line(e.at());
            SourceLocation at = line > 0 ? new SourceLocation(displayName, line, Json.column(e.at()))
                    : SourceLocation.of(displayName);
            throw corrupt(at, e.getMessage(), e);
        } catch (RuntimeException e) {
            // Well-formed JSON that does not fit the model (a missing or mistyped field, an unknown kind): the
            // codec's own message says what; anything else still becomes this problem, never a stack trace.
            String what = e.getMessage() != null ? e.getMessage()
                    : "a value that does not fit the model (" + e.getClass().getSimpleName() + ")";
            throw corrupt(SourceLocation.of(displayName), what, e);
        }
    }

    /** Format 3. */
    private static Snapshot lines(Map<?, ?> root) {
        Fields top = new Fields(root, "the snapshot");
        top.number("format");
        top.optionalString("comment");
        String chain = top.string("chain");
        List<KnownMigration> migrations = new ArrayList<>();
        for (Object json : top.list("migrations")) {
            Fields f = new Fields(json, "a migration");
            migrations.add(new KnownMigration(f.string("version"), f.string("script"), f.string("checksum"),
                    f.string("chain")));
            f.done();
        }
        SchemaState.Builder state = SchemaState.builder();
        for (Object json : top.list("requirements")) {
            Fields f = new Fields(json, "a version requirement");
            long major = f.number("major");
            if (major < 0 || major > Integer.MAX_VALUE) {
                throw f.misfit("'major' must be a PostgreSQL major version but is " + major);
            }
            state.require(new VersionRequirement((int) major, f.string("reason")));
            f.done();
        }
        SharedBodies.Reader clusterBodies = new SharedBodies.Reader();
        for (Object json : top.list("cluster")) {
            add(state, json, null, clusterBodies);
        }
        Object schemas = top.raw("schemas");
        if (schemas != null) {
            if (!(schemas instanceof Map<?, ?> bySchema)) {
                throw top.misfit("'schemas' must be an object (schema name: objects) but is "
                        + Json.describe(schemas));
            }
            Fields lists = new Fields(bySchema, "the schemas");
            for (Object schema : bySchema.keySet()) {
                SharedBodies.Reader bodies = new SharedBodies.Reader();
                for (Object json : lists.list((String) schema)) {
                    add(state, json, (String) schema, bodies);
                }
            }
        }
        top.done();
        return new Snapshot(state.build(), migrations, chain);
    }

    /** One object; a value the model refuses (two definitions of one id, say) is reported at the object. */
    private static void add(SchemaState.Builder state, Object json, String schema, SharedBodies.Reader bodies) {
        try {
            bodies.expand(json);
            DbObject object = ObjectLineReader.read(json, schema);
            bodies.read(object);
            state.add(object);
        } catch (Fields.Misfit e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Fields.Misfit(json, "an object the model refuses: " + e.getMessage());
        }
    }

    /** Formats 1 and 2: the records field by field ({@link RecordCodec}). */
    private static Snapshot records(Map<?, ?> root, boolean chained) {
        SchemaState.Builder state = SchemaState.builder();
        for (Object object : list(root, "objects")) {
            state.add((DbObject) RecordCodec.fromJson(object, DbObject.class));
        }
        for (Object requirement : list(root, "requirements")) {
            state.require((VersionRequirement) RecordCodec.fromJson(requirement, VersionRequirement.class));
        }
        List<KnownMigration> migrations = new ArrayList<>();
        for (Object migration : list(root, "migrations")) {
            migrations.add(knownMigration(migration, chained));
        }
        if (!chained) {
            List<KnownMigration> linked = MigrationChain.linked(migrations);
            return new Snapshot(state.build(), linked, MigrationChain.head(MigrationChain.of(linked)));
        }
        return new Snapshot(state.build(), migrations, required(root.get("chain"), "'chain'"));
    }

    private static PgcraftException corrupt(SourceLocation location, String what, Throwable cause) {
        return new PgcraftException(Problem.at(location, "PGC-SNAPSHOT-CORRUPT", "the snapshot cannot be read: " + what,
                "Restore it from version control (it is written by pgcraft:generate and should not be edited)."),
                cause);
    }

    private static KnownMigration knownMigration(Object json, boolean chained) {
        KnownMigration read = (KnownMigration) RecordCodec.fromJson(json, KnownMigration.class);
        String which = "migration " + read.script();
        required(read.version(), "the version of " + which);
        required(read.script(), "the script of a migration");
        required(read.checksum(), "the checksum of " + which);
        if (chained) {
            required(read.chain(), "the chain of " + which);
        }
        return read;
    }

    /** Stored values are checked when read, so a hand-edited file fails here rather than later in a diff. */
    private static String required(Object value, String what) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return text;
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
