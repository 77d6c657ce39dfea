package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ConstraintType;
import dev.pgcraft.model.schema.DataKey;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.Policy;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.Revocation;
import dev.pgcraft.model.schema.RowSecurity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Format 3's object lines: every kind and every field off its default survives a round trip, references to other
 * schemas and odd ids too, and a line that parses but does not fit is refused at its own line.
 */
class ObjectLinesTest {

    private static final String FILE = "pgcraft-snapshot.json";

    /** Every kind, and every field that format 3 leaves out by default set to something else. */
    static SchemaState offDefaults() {
        ObjectId elsewhere = ObjectId.table("other", "t");
        SqlFunction function = new SqlFunction("s", "f", List.of("p_amount numeric", "p_t other.t"),
                List.of("numeric", "other.t"), "SETOF other.t", "sql", "SELECT * FROM other.t\r\n\tWHERE \"x\" > 1\n",
                "STABLE", false, "s, pg_catalog", List.of(elsewhere, ObjectId.view("s", "v")), List.of(elsewhere));
        return SchemaState.builder()
                .add(new Schema("s"))
                .add(new Schema("other"))
                .add(new Role("reader", true, List.of("base", "web"), true))
                .add(new Table("other", "t", List.of()))
                .add(new Table("s", "balances", List.of(
                        new Column("a", "integer", false, "1", Identity.ALWAYS),
                        new Column("b", "text", true, "'x'", Identity.BY_DEFAULT),
                        new Column("c", "character varying(10)", false, null, Identity.NONE)),
                        new Table.InitialRows(elsewhere, "SELECT 1 AS a, 'x' AS b, 'y' AS c")))
                .add(new Constraint("s", "balances", "fk_null_actions", ConstraintType.FOREIGN_KEY, List.of("a"),
                        null, elsewhere, List.of("id"), null, null, List.of()))
                .add(new Constraint("s", "balances", "fk_cascade", ConstraintType.FOREIGN_KEY, List.of("a"),
                        null, elsewhere, List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.SET_NULL,
                        List.of(ObjectId.constraint("other", "t", "pk"))))
                .add(new Constraint("s", "balances", "ck_with_columns", ConstraintType.CHECK, List.of("a", "b"),
                        "a > 0", null, List.of(), null, ForeignKeyAction.RESTRICT, List.of()))
                .add(new Constraint("s", "balances", "uq_odd", ConstraintType.UNIQUE, List.of("a"), "a > 1", null,
                        List.of(), ForeignKeyAction.NO_ACTION, null, List.of()))
                .add(new Index("s", "balances", "ix_gin", true, "gin",
                        List.of(IndexKey.column("b"), IndexKey.expression("lower(c)")), "a > 0"))
                .add(new Index("s", "balances", "ix_null_method", false, null, List.of(IndexKey.column("a")), null))
                .add(new View("s", "v", "SELECT a\nFROM s.balances", true, List.of(ObjectId.table("s", "balances")),
                        List.of(new ViewColumn("a", "integer", "(1)"), new ViewColumn("b", "text")),
                        "security_invoker=true"))
                .add(new View("s", "w", "SELECT 1 AS a", true, List.of(ObjectId.view("s", "v")),
                        List.of(new ViewColumn("a", "integer")), null, "concurrently"))
                .add(new Index("s", "w", "ux_w", true, "btree", List.of(IndexKey.column("a")), null, true))
                .add(new Comment(ObjectId.view("s", "w"), null, "materialized", true))
                .add(new RowSecurity(ObjectId.table("s", "balances"), true))
                .add(new Policy(ObjectId.table("s", "balances"), "own_rows", "UPDATE", List.of("reader", "web"),
                        "a = 1", "a > 0", List.of(ObjectId.function("other", "h()"))))
                .add(function)
                .add(new SqlFunction("s", "g", List.of(), List.of(), null, null, null, null, true, "public",
                        List.of()))
                .add(new Trigger("s", "v", true, "t_statement", "AFTER", List.of("INSERT", "TRUNCATE"), false, true,
                        "pg_trigger_depth() < 1", function.id()))
                .add(new Trigger("s", "balances", false, "t_elsewhere", "BEFORE", List.of("UPDATE"), true, false,
                        null, ObjectId.function("other", "h()")))
                .add(new Grant(ObjectId.schema("s"), "reader", List.of("USAGE")))
                .add(new Grant(elsewhere, "reader", List.of("SELECT", "INSERT")))
                .add(new Revocation(ObjectId.function("other", "h()"), List.of("EXECUTE")))
                .add(new Comment(ObjectId.view("s", "v"), "a", "multi\nline \"quoted\" comment"))
                .add(new DataKey("s", "balances", "b", "x=y"))
                .add(new Comment(ObjectId.role("reader"), null, "reads"))
                .build();
    }

    @Test
    void everyFieldOffItsDefaultSurvivesARoundTrip() {
        SchemaState state = offDefaults();
        Snapshot snapshot = Snapshot.initial().append(state, "1", "V1__a.sql", "sha256:1");
        String text = SnapshotCodec.encode(snapshot);
        Snapshot read = SnapshotCodec.decode(text, FILE);
        for (DbObject object : state.objects()) {
            assertEquals(object, read.state().get(object.id()).orElse(null), object.id().toString());
        }
        assertEquals(state, read.state());
        assertEquals(text, SnapshotCodec.encode(read));
    }

    @Test
    void everyObjectKindHasALineForm() {
        Set<Class<?>> used = new HashSet<>();
        offDefaults().objects().forEach(object -> used.add(object.getClass()));
        assertEquals(new HashSet<>(Arrays.asList(DbObject.class.getPermittedSubclasses())), used,
                "a kind without a line form (add it to ObjectLines, ObjectLineReader and offDefaults())");
    }

    @Test
    void referencesAreShortInTheirOwnSchemaAndWholeWhenOdd() {
        assertEquals(List.of("TABLE", "t"), IdForm.write(ObjectId.table("s", "t"), "s"));
        assertEquals(List.of("TABLE", "other", "t"), IdForm.write(ObjectId.table("other", "t"), "s"));
        assertEquals(List.of("CONSTRAINT", "t", "pk"), IdForm.write(ObjectId.constraint("s", "t", "pk"), "s"));
        assertEquals(List.of("CONSTRAINT", "o", "t", "pk"), IdForm.write(ObjectId.constraint("o", "t", "pk"), "s"));
        assertEquals(List.of("ROLE", "r"), IdForm.write(ObjectId.role("r"), "s"));
        assertEquals(List.of("SCHEMA", "o"), IdForm.write(ObjectId.schema("o"), "s"));
        List<ObjectId> odd = List.of(new ObjectId(ObjectKind.TABLE, "s", "x", "t"),
                new ObjectId(ObjectKind.CONSTRAINT, "s", null, "c"), new ObjectId(ObjectKind.ROLE, "s", null, "r"),
                new ObjectId(ObjectKind.SCHEMA, "a", null, "b"), new ObjectId(ObjectKind.VIEW, null, null, "v"));
        for (ObjectId id : odd) {
            Object written = IdForm.write(id, "s");
            assertTrue(written instanceof java.util.Map<?, ?>, id + " is written whole");
            assertEquals(id, IdForm.read(written, "s"));
        }
        for (ObjectId id : List.of(ObjectId.table("s", "t"), ObjectId.table("o", "t"), ObjectId.trigger("o", "t", "g"),
                ObjectId.function("s", "f(other.t, integer)"), ObjectId.role("r"), ObjectId.schema("o"))) {
            assertEquals(id, IdForm.read(IdForm.write(id, "s"), "s"));
        }
    }

    @Test
    void anUnknownFieldIsRefusedAtItsObjectsLine() {
        String text = encoded().replace("{\"table\": \"balances\", ", "{\"table\": \"balances\", \"colour\": 1, ");
        assertCorrupt(text, "{\"table\": \"balances\"", 1, "table \"balances\": unknown field 'colour' (edited by"
                + " hand, or written by a newer pgcraft?)");
    }

    @Test
    void anUnknownKindOrAReferenceWithoutItsSchemaIsRefused() {
        assertCorrupt(encoded().replace("{\"schema\": \"other\"}", "{\"sequence\": \"other\"}"), "{\"sequence\"", 1,
                "an object: the first key must be the object's kind, one of [schema, role, table, constraint, index,"
                        + " view, sqlFunction, trigger, grant, revocation, comment, rowSecurity, policy, dataKey], but is 'sequence'");
        assertCorrupt(encoded().replace("{\"role\": \"reader\"",
                "{\"comment\": [\"TABLE\", \"t\"], \"text\": \"x\""),
                "{\"comment\": [\"TABLE\", \"t\"]", 1, "comment [\"TABLE\", \"t\"]: 'comment': the reference"
                        + " [TABLE, t] names no schema, and it is outside a schema's list");
    }

    @Test
    void aColumnThatDoesNotFitIsRefusedAtItsOwnLine() {
        String text = encoded().replace(
                "  [\"b\", \"text\", \"DEFAULT\", \"'x'\", \"GENERATED BY DEFAULT AS IDENTITY\"]",
                "  [\"b\", \"text\", \"DEFAULT\", \"'x'\", \"UNIQUE\"]");
        assertCorrupt(text, "  [\"b\", \"text\"", 3, "column b of table balances: unexpected \"UNIQUE\" (expected, in"
                + " this order: \"NOT NULL\", \"DEFAULT\" and its expression, \"GENERATED BY DEFAULT AS IDENTITY\" or"
                + " \"GENERATED ALWAYS AS IDENTITY\")");
    }

    @Test
    void aWrongTypeOrAMissingFieldOrABadReferenceIsRefusedAtItsLine() {
        assertCorrupt(encoded().replace("\"timing\": \"AFTER\"", "\"timing\": 3"), "{\"trigger\": [\"v\"", 1,
                "trigger [\"v\", \"t_statement\"]: 'timing' must be a string but is 3");
        assertCorrupt(encoded().replace("\"text\": \"multi", "\"words\": \"multi"), "{\"comment\": [\"VIEW\"", 1,
                "comment [\"VIEW\", \"v\"]: 'text' is missing");
        assertCorrupt(encoded().replace("\"function\": [\"FUNCTION\", \"other\", \"h()\"]",
                "\"function\": [\"FUNCTION\", \"a\", \"b\", \"h()\"]"), "{\"trigger\": [\"balances\"", 1,
                "trigger [\"balances\", \"t_elsewhere\"]: 'function': a FUNCTION reference has 1 or 2 names, but"
                        + " [FUNCTION, a, b, h()] has 3");
        assertCorrupt(encoded().replace("{\"constraint\": [\"balances\", \"uq_odd\"], \"unique\"",
                "{\"constraint\": [\"balances\", \"uq_odd\"], \"check\": \"x\", \"unique\""),
                "{\"constraint\": [\"balances\", \"uq_odd\"]", 1, "constraint [\"balances\", \"uq_odd\"]: both 'unique'"
                        + " and 'check': a constraint has one type");
    }

    @Test
    void twoDefinitionsOfOneObjectAreRefusedAtTheSecond() {
        String line = "{\"dataKey\": [\"balances\", \"b\", \"x=y\"]}";
        String text = encoded().replace("{\"schema\": \"s\"}", "{\"schema\": \"s\"},\n{\"schema\": \"s\"}");
        // The same object twice is the same object; a different one under the same id is not.
        SnapshotCodec.decode(text, FILE);
        String clash = encoded().replace("{\"view\": \"v\", \"materialized\": true,",
                "{\"view\": \"v\", \"query\": \"SELECT 2\"},\n{\"view\": \"v\", \"materialized\": true,");
        int at = lineOf(clash, "{\"view\": \"v\", \"materialized\"");
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(clash, FILE));
        assertEquals(FILE + ":" + at + ":1", e.problems().get(0).location().toString());
        assertTrue(e.problems().get(0).message().contains("two different definitions of view s.v"),
                e.problems().get(0).message());
        assertTrue(encoded().contains(line));
    }

    private static String encoded() {
        return SnapshotCodec.encode(Snapshot.initial().append(offDefaults(), "1", "V1__a.sql", "sha256:1"));
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start + " in\n" + text);
    }

    private static void assertCorrupt(String text, String lineStart, int column, String message) {
        int line = lineOf(text, lineStart);
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(text, FILE));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-SNAPSHOT-CORRUPT", problem.code(), e.getMessage());
        assertEquals("the snapshot cannot be read: " + message, problem.message());
        assertEquals(FILE + ":" + line + ":" + column, problem.location().toString(), problem.message());
    }
}
