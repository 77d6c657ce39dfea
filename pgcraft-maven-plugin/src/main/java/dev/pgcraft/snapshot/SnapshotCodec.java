package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.SchemaState;
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

/**
 * Snapshot ↔ text. The text starts with a format number so a later pgcraft can read or migrate old snapshots.
 *
 * <p>Formats: 1 lists the known migrations (version, script, checksum); 2 adds the {@link MigrationChain}, one
 * link per migration and its head at top level. Format 1 is still read, its chain computed on reading, since
 * users have committed such snapshots; the next {@code generate} writes format 2.
 */
public final class SnapshotCodec {

    /** The snapshot file's name, beside the migrations. */
    public static final String FILE_NAME = "pgcraft-snapshot.json";

    static final long FORMAT = 2;
    private static final long FORMAT_WITHOUT_CHAIN = 1;

    private SnapshotCodec() {
    }

    public static String encode(Snapshot snapshot) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("comment", "Written by pgcraft:generate; the model state the migrations lead to. Do not edit.");
        root.put("chain", snapshot.chain());
        root.put("migrations", RecordCodec.toJson(snapshot.migrations()));
        root.put("requirements", RecordCodec.toJson(new ArrayList<>(snapshot.state().requirements())));
        root.put("objects", RecordCodec.toJson(new ArrayList<>(snapshot.state().objects())));
        return Json.write(root);
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
            boolean chained = Long.valueOf(FORMAT).equals(format);
            if (!chained && !Long.valueOf(FORMAT_WITHOUT_CHAIN).equals(format)) {
                throw new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-SNAPSHOT-FORMAT",
                        "snapshot format " + format + " is not one this pgcraft reads (it reads "
                                + FORMAT_WITHOUT_CHAIN + " to " + FORMAT + ")",
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
                migrations.add(knownMigration(migration, chained));
            }
            if (!chained) {
                List<KnownMigration> linked = MigrationChain.linked(migrations);
                return new Snapshot(state.build(), linked, MigrationChain.head(MigrationChain.of(linked)));
            }
            return new Snapshot(state.build(), migrations, required(root.get("chain"), "'chain'"));
        } catch (PgcraftException e) {
            throw e;
        } catch (RuntimeException e) {
            // Well-formed JSON that does not fit the model (a missing or mistyped field, an unknown kind): the
            // codec's own message says what; anything else still becomes this problem, never a stack trace.
            String what = e.getMessage() != null ? e.getMessage()
                    : "a value that does not fit the model (" + e.getClass().getSimpleName() + ")";
            throw corrupt(SourceLocation.of(displayName), what, e);
        }
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
