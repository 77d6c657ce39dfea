package dev.pgcraft.diff;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.Test;

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
