package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedBodiesTest {

    private static SqlFunction function(String name, String body) {
        return new SqlFunction("s", name, List.of(), List.of(), "trigger", "plpgsql", body, "VOLATILE", false, null,
                List.of());
    }

    /** A body of a dimension's function: names the dimension twice, as pgcraft's do. */
    private static String protect(String dimension) {
        return "BEGIN\n    RAISE EXCEPTION 'write through the view %', 's." + dimension + "';\n"
                + "    DELETE FROM \"s\".\"" + dimension + "_root\";\nEND;";
    }

    private static Snapshot snapshot(DbObject... functions) {
        SchemaState.Builder state = SchemaState.builder().add(new Schema("s"));
        for (DbObject function : functions) {
            state.add(function);
        }
        return Snapshot.initial().append(state.build(), "1", "V1__init.sql", "sha256:abc");
    }

    private static String roundTrip(Snapshot snapshot) {
        String text = SnapshotCodec.encode(snapshot);
        Snapshot read = SnapshotCodec.decode(text, "s.json");
        assertEquals(snapshot.state(), read.state());
        assertEquals(text, SnapshotCodec.encode(read), "encoding is stable");
        return text;
    }

    @Test
    void aBodyThatDiffersByTheNameOnlyRefersToTheNearestEarlierOneOfItsShape() {
        String text = roundTrip(snapshot(function("s_alpha_protect", protect("alpha")),
                function("s_beta_protect", protect("beta")), function("s_gamma_protect", protect("gamma"))));
        assertTrue(text.contains("\n{\"sqlFunction\": \"s_alpha_protect\", \"returns\": \"trigger\", \"body\": [\n"
                + "\"BEGIN\",\n"), text);
        assertTrue(text.contains("\n{\"sqlFunction\": \"s_beta_protect\", \"returns\": \"trigger\","
                + " \"bodyOf\": [\"s_alpha_protect()\", \"alpha\", \"beta\"]},\n"), text);
        assertTrue(text.contains("\n{\"sqlFunction\": \"s_gamma_protect\", \"returns\": \"trigger\","
                + " \"bodyOf\": [\"s_beta_protect()\", \"beta\", \"gamma\"]}\n"), text);
    }

    @Test
    void theSameBodyRefersWithoutAReplacement() {
        String text = roundTrip(snapshot(function("a_immutable", "BEGIN\n    RAISE EXCEPTION 'immutable';\nEND;"),
                function("b_immutable", "BEGIN\n    RAISE EXCEPTION 'immutable';\nEND;")));
        assertTrue(text.contains("\"bodyOf\": [\"a_immutable()\"]}"), text);
    }

    @Test
    void aBodyThatDiffersInAnyOtherWayIsWrittenInFull() {
        String text = roundTrip(snapshot(function("s_alpha_protect", protect("alpha")),
                function("s_beta_protect", protect("beta") + "\n-- more"),
                function("s_gamma_protect", protect("gamma").replace("alpha", "x") + "\0")));
        assertEquals(0, text.split("bodyOf", -1).length - 1, text);
    }

    @Test
    void changingOneFunctionTouchesItsLineAndTheNextOfItsShape() {
        Map<String, String> bodies = new HashMap<>();
        for (String name : List.of("p1", "p2", "p3", "p4", "p5")) {
            bodies.put(name, protect(name));
        }
        String before = SnapshotCodec.encode(snapshot(functions(bodies)));
        bodies.put("p3", protect("p3").replace("BEGIN", "BEGIN\n    PERFORM 1;"));
        String after = roundTrip(snapshot(functions(bodies)));
        List<String> removed = before.lines().filter(line -> !after.lines().toList().contains(line)).toList();
        List<String> added = after.lines().filter(line -> !before.lines().toList().contains(line)).toList();
        assertEquals(List.of(
                "{\"sqlFunction\": \"s_p3_protect\", \"returns\": \"trigger\","
                        + " \"bodyOf\": [\"s_p2_protect()\", \"p2\", \"p3\"]},",
                "{\"sqlFunction\": \"s_p4_protect\", \"returns\": \"trigger\","
                        + " \"bodyOf\": [\"s_p3_protect()\", \"p3\", \"p4\"]},"),
                removed);
        assertEquals(List.of(
                "{\"sqlFunction\": \"s_p3_protect\", \"returns\": \"trigger\", \"body\": [",
                "\"    PERFORM 1;\",",
                "\"    RAISE EXCEPTION 'write through the view %', 's.p3';\",",
                "\"    DELETE FROM \\\"s\\\".\\\"p3_root\\\";\",",
                "{\"sqlFunction\": \"s_p4_protect\", \"returns\": \"trigger\","
                        + " \"bodyOf\": [\"s_p2_protect()\", \"p2\", \"p4\"]},"),
                added);
    }

    private static DbObject[] functions(Map<String, String> bodies) {
        return bodies.entrySet().stream().map(e -> function("s_" + e.getKey() + "_protect", e.getValue()))
                .toArray(DbObject[]::new);
    }

    @Test
    void aReferenceToAFunctionNotEarlierInTheListIsDamageAtItsLine() {
        String text = SnapshotCodec.encode(snapshot(function("s_alpha_protect", protect("alpha")),
                function("s_beta_protect", protect("beta"))));
        assertCorrupt(text.replace("\"bodyOf\": [\"s_alpha_protect()\"", "\"bodyOf\": [\"s_zeta_protect()\""),
                "'bodyOf' names s_zeta_protect(), which is not a function with a body earlier in this schema's list");
        assertCorrupt(text.replace("\"bodyOf\": [\"s_alpha_protect()\", \"alpha\", \"beta\"]", "\"bodyOf\": 1"),
                "'bodyOf' must be [function] or [function, text, replacement] (strings) but is 1");
        assertCorrupt(text.replace("\"bodyOf\"", "\"body\": [\"x\"], \"bodyOf\""),
                "both 'body' and 'bodyOf': a function has one body");
    }

    private static void assertCorrupt(String text, String what) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(text, "s.json"));
        assertEquals("PGC-SNAPSHOT-CORRUPT", e.problems().get(0).code());
        assertEquals("the snapshot cannot be read: " + what, e.problems().get(0).message());
        int line = (int) text.lines().takeWhile(l -> !l.contains("s_beta_protect")).count() + 1;
        assertTrue(e.getMessage().startsWith("s.json:" + line + ":1: "), e.getMessage());
    }
}
