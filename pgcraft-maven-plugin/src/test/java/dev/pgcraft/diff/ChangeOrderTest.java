package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeOrderTest {

    private static List<String> subjects(List<Change> changes) {
        return changes.stream().map(c -> c.getClass().getSimpleName() + " " + c.subject())
                .collect(Collectors.toList());
    }

    @Test
    void createsComeAfterWhatTheyNeed() {
        List<Change> ordered = ChangeOrder.order(Differ.diff(SchemaState.empty(), SampleStates.everyKind()));
        List<ObjectId> ids = ordered.stream().map(Change::subject).collect(Collectors.toList());
        for (Change change : ordered) {
            for (ObjectId dependency : ((Change.Create) change).object().dependsOn()) {
                assertTrue(ids.indexOf(dependency) < ids.indexOf(change.subject()),
                        dependency + " must come before " + change.subject() + " in " + subjects(ordered));
            }
        }
        ObjectId fk = ObjectId.constraint("dim", "products", "fk__products__category_id__categories");
        assertTrue(ids.indexOf(ObjectId.constraint("dim", "categories", "pk__categories__id")) < ids.indexOf(fk));
    }

    /** A function returning {@code SETOF} a table holds that row type: PostgreSQL refuses to drop the table first. */
    @ParameterizedTest
    @ValueSource(strings = {"aaa_events", "zzz_events"})
    void aFunctionReturningATablesRowsIsDroppedBeforeTheTableWhateverTheNames(String functionName) {
        Table table = new Table("l", "journal", List.of(new Column("id", "bigint", false, null, Identity.NONE)));
        SqlFunction function = new SqlFunction("l", functionName, List.of(), List.of(), "SETOF l.journal", "sql",
                "SELECT * FROM l.journal", "STABLE", false, null, List.of(table.id()), List.of(table.id()));
        SchemaState state = SchemaState.builder().add(new Schema("l")).add(table).add(function).build();

        List<String> drops = subjects(ChangeOrder.order(Differ.diff(state, SchemaState.empty())));
        assertTrue(drops.indexOf("Drop function l." + functionName + "()") < drops.indexOf("Drop table l.journal"),
                drops::toString);
        List<String> creates = subjects(ChangeOrder.order(Differ.diff(SchemaState.empty(), state)));
        assertTrue(creates.indexOf("Create table l.journal") < creates.indexOf("Create function l." + functionName
                + "()"), creates::toString);
    }

    /**
     * A default calling a function of the model ({@code "zz"."claim"('sub')}, quoted and schema-qualified; its schema
     * sorts after the table's, so only the dependency puts the function first): created before the table or the
     * added column, dropped after the table or the dropped column, both with the function's schema.
     */
    @Test
    void aDefaultCallingAFunctionOfTheModelComesAfterItAndGoesBeforeIt() {
        SqlFunction claim = new SqlFunction("zz", "claim", List.of("p text"), List.of("text"), "text", "sql",
                "SELECT p", "STABLE", false, null, List.of());
        Column id = new Column("id", "bigint", false, null, Identity.NONE);
        Column createdBy = new Column("created_by", "text", true, "\"zz\".\"claim\"('sub') /* who */", Identity.NONE);
        Table plain = new Table("aa", "notes", List.of(id));
        Table withDefault = new Table("aa", "notes", List.of(id, createdBy));
        SchemaState before = SchemaState.builder().add(new Schema("aa")).add(plain).build();
        SchemaState after = SchemaState.builder().add(new Schema("aa")).add(new Schema("zz")).add(claim)
                .add(withDefault).build();
        String function = "function zz.claim(text)";

        List<String> fromScratch = subjects(ChangeOrder.order(Differ.diff(SchemaState.empty(), after)));
        assertTrue(fromScratch.contains("Create " + function), fromScratch::toString);
        assertTrue(fromScratch.indexOf("Create " + function) < fromScratch.indexOf("Create table aa.notes"),
                fromScratch::toString);
        List<String> added = subjects(ChangeOrder.order(Differ.diff(before, after)));
        assertTrue(added.indexOf("Create schema zz") < added.indexOf("Create " + function), added::toString);
        assertTrue(added.indexOf("Create " + function) < added.indexOf("AddColumn table aa.notes"), added::toString);
        List<String> dropped = subjects(ChangeOrder.order(Differ.diff(after, before)));
        assertTrue(dropped.indexOf("DropColumn table aa.notes") < dropped.indexOf("Drop " + function),
                dropped::toString);
        assertTrue(dropped.indexOf("Drop " + function) < dropped.indexOf("Drop schema zz"), dropped::toString);
        List<String> gone = subjects(ChangeOrder.order(Differ.diff(after, SchemaState.empty())));
        assertTrue(gone.indexOf("Drop table aa.notes") < gone.indexOf("Drop " + function), gone::toString);
    }

    @Test
    void dropsComeBeforeWhatTheyDependOnAndImpliedDropsAreLeftOut() {
        List<Change> ordered = ChangeOrder.order(Differ.diff(SampleStates.everyKind(), SchemaState.empty()));
        List<String> subjects = subjects(ordered);
        // The foreign key, trigger and grant go with their table or view; the function only after the table
        // whose trigger uses it; the referencing table before the referenced one.
        assertEquals(List.of(
                "Drop view dim.cheap_products",
                "Drop table dim.products",
                "Drop function dim.products_touch()",
                "Drop table dim.categories",
                "Drop role web_anon",
                "Drop schema dim"), subjects);
    }

    @Test
    void orderIsTheSameEveryTime() {
        List<Change> first = ChangeOrder.order(Differ.diff(SchemaState.empty(), SampleStates.everyKind()));
        for (int i = 0; i < 5; i++) {
            assertEquals(first, ChangeOrder.order(Differ.diff(SchemaState.empty(), SampleStates.everyKind())));
        }
    }
}
