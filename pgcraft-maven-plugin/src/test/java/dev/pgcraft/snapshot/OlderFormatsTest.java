package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What an older snapshot could not record is completed from the model, and nothing else is. */
class OlderFormatsTest {

    private static final ObjectId T = ObjectId.table("s", "t");
    private static final ObjectId U = ObjectId.table("s", "u");
    private final View view = new View("s", "v", "SELECT 1 AS a", false, List.of(T, U),
            List.of(new ViewColumn("a", "integer")));
    private final SqlFunction function = new SqlFunction("s", "f", List.of(), List.of(), "SETOF s.t", "sql",
            "SELECT * FROM s.t", "STABLE", false, null, List.of(T, U), List.of(T));

    @Test
    void aViewStoredWithoutColumnsTakesTheModelsWhenOtherwiseEqual() {
        View stored = new View("s", "v", "SELECT 1 AS a", false, List.of(U, T));
        assertSame(view, OlderFormats.complete(stored, view));
    }

    @Test
    void aViewWhoseQueryChangedStaysAsStored() {
        View stored = new View("s", "v", "SELECT 2 AS a", false, List.of(T, U));
        assertSame(stored, OlderFormats.complete(stored, view));
        View otherColumns = new View("s", "v", "SELECT 1 AS a", false, List.of(T, U),
                List.of(new ViewColumn("a", "bigint")));
        assertSame(otherColumns, OlderFormats.complete(otherColumns, view), "known columns are not overwritten");
    }

    @Test
    void aFunctionStoredWithoutRowTypesOrWithUsesInAnotherOrderTakesTheModels() {
        SqlFunction stored = new SqlFunction("s", "f", List.of(), List.of(), "SETOF s.t", "sql",
                "SELECT * FROM s.t", "STABLE", false, null, List.of(U, T));
        assertSame(function, OlderFormats.complete(stored, function));
    }

    @Test
    void aFunctionWhoseBodyOrUsesChangedStaysAsStored() {
        SqlFunction body = new SqlFunction("s", "f", List.of(), List.of(), "SETOF s.t", "sql",
                "SELECT * FROM s.t WHERE true", "STABLE", false, null, List.of(T, U));
        assertSame(body, OlderFormats.complete(body, function));
        SqlFunction uses = new SqlFunction("s", "f", List.of(), List.of(), "SETOF s.t", "sql",
                "SELECT * FROM s.t", "STABLE", false, null, List.of(T));
        assertSame(uses, OlderFormats.complete(uses, function));
    }

    @Test
    void aStateIsCompletedByIdAndKeepsWhatTheModelLacks() {
        View gone = new View("s", "gone", "SELECT 1", false, List.of());
        SchemaState stored = SchemaState.builder().add(new View("s", "v", "SELECT 1 AS a", false, List.of(T, U)))
                .add(gone).build();
        SchemaState completed = OlderFormats.complete(stored, List.<DbObject>of(view), List.of());
        assertEquals(SchemaState.builder().add(view).add(gone).build(), completed);
    }
}
