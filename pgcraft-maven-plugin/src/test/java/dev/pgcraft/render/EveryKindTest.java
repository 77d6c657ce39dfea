package dev.pgcraft.render;

import dev.pgcraft.diff.Change;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DataKey;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exhaustiveness, tested rather than claimed: on Java 17 the {@code instanceof} chains that dispatch over the
 * sealed {@link Change} and {@link DbObject} hierarchies compile even when a kind is missing, so every permitted
 * subclass gets a real instance here and goes through the renderer, the order and the differ. A new kind without a
 * sample fails {@link #everyChangeKindHasASample()} / {@link #everyObjectKindHasASample()}; a sample some dispatch
 * forgets fails with that dispatch's "no template for …" (or a wrong result). Reading every kind back from the
 * catalog needs PostgreSQL: {@code EveryKindOnPostgresTest#everyObjectKindIsReadBackFromTheCatalog}.
 */
class EveryKindTest {

    /**
     * Kinds that never reach the renderer as a create or drop, and why. The differ removes these changes itself
     * ({@link #dataKeysAreOnlyEverRenamed()} proves it), so the exemption cannot hide a missing template.
     */
    static final Map<Class<?>, String> NO_CREATE_OR_DROP = Map.of(DataKey.class,
            "a data key is a value rows hold, not a catalog object: only its rename reaches a migration");

    private final ChangeRenderer renderer = new ChangeRenderer();

    /** One instance of every object kind, from the sample state plus what it lacks. */
    static Map<Class<?>, DbObject> objectSamples() {
        Map<Class<?>, DbObject> samples = new LinkedHashMap<>();
        for (DbObject object : SampleStates.everyKind().objects()) {
            samples.putIfAbsent(object.getClass(), object);
        }
        samples.putIfAbsent(DataKey.class, new DataKey("dim", "products", "sku", "AB-1"));
        return samples;
    }

    /** One instance of every change kind, more where a kind dispatches again on the object it holds. */
    static List<Change> changeSamples() {
        SchemaState state = SampleStates.everyKind();
        Table products = state.all(Table.class).stream().filter(t -> t.name().equals("products")).findFirst()
                .orElseThrow();
        Column price = products.columns().get(2);
        Column wider = new Column("price", "numeric(12,2)", false, null, Identity.NONE);
        Constraint check = state.all(Constraint.class).stream().filter(c -> c.checkExpression() != null)
                .findFirst().orElseThrow();
        Index index = state.all(Index.class).get(0);
        View view = state.all(View.class).get(0);
        SqlFunction function = state.all(SqlFunction.class).get(0);
        Trigger trigger = state.all(Trigger.class).get(0);
        Role role = state.all(Role.class).get(0);
        List<Change> samples = new ArrayList<>();
        samples.add(new Change.Create(products));
        samples.add(new Change.Drop(products));
        samples.add(new Change.Replace(role, new Role(role.name(), true, List.of("pg_read_all_data"))));
        List<ViewColumn> more = new ArrayList<>(view.columns());
        more.add(new ViewColumn("price", "numeric(10,2)"));
        samples.add(new Change.Replace(view, new View(view.schema(), view.name(),
                "SELECT id, sku, price FROM dim.products WHERE price < 10", false, view.reads(), more)));
        samples.add(new Change.Replace(function, new SqlFunction(function.schema(), function.name(),
                function.arguments(), function.argumentTypes(), function.returns(), function.language(),
                "\nBEGIN\n    RETURN OLD;\nEND;\n", function.volatility(), function.securityDefiner(),
                function.searchPath(), function.uses())));
        samples.add(new Change.RenameTable(products, "items"));
        samples.add(new Change.RenameColumn(products, "sku", "code"));
        samples.add(new Change.Rename(index, new Index(index.schema(), index.table(), "ix__items__sku_lower",
                index.unique(), index.method(), index.keys(), index.where())));
        samples.add(new Change.Rename(check, Constraint.check(check.schema(), check.table(), "ck__items__price",
                check.checkExpression())));
        samples.add(new Change.Rename(trigger, new Trigger(trigger.schema(), trigger.table(), trigger.onView(),
                "items_touch", trigger.timing(), trigger.events(), trigger.forEachRow(), trigger.constraint(),
                trigger.when(), trigger.function())));
        samples.add(new Change.Rename(function, new SqlFunction(function.schema(), "items_touch",
                function.arguments(), function.argumentTypes(), function.returns(), function.language(),
                function.body(), function.volatility(), function.securityDefiner(), function.searchPath(),
                function.uses())));
        samples.add(new Change.Rename(view, new View(view.schema(), "cheap_items", view.query(), false,
                view.reads(), view.columns())));
        samples.add(new Change.Rename(new DataKey("dim", "products", "sku", "a"),
                new DataKey("dim", "products", "sku", "b")));
        samples.add(new Change.AddColumn(products, new Column("weight", "integer", true, null, Identity.NONE)));
        samples.add(new Change.DropColumn(products, price));
        samples.add(new Change.AlterColumn(products, price, wider));
        samples.add(new Change.AddConstraintNotValid(check));
        samples.add(new Change.ValidateConstraint(check));
        samples.add(new Change.CreateIndexConcurrently(index));
        samples.add(new Change.DropIndexConcurrently(index));
        samples.add(new Change.AddUniqueConcurrently(Constraint.unique("dim", "products", "uq__products__sku",
                List.of("sku"))));
        samples.add(new Change.AddNotNullCheck(products, price, "nn__products__price"));
        samples.add(new Change.SetNotNullValidated(products, price, "nn__products__price"));
        return samples;
    }

    @Test
    void everyChangeKindHasASample() {
        assertEquals(names(Change.class.getPermittedSubclasses()),
                names(changeSamples().stream().map(Object::getClass).toArray(Class<?>[]::new)),
                "a Change kind without a sample here is a kind nobody proved is rendered and ordered");
    }

    @Test
    void everyObjectKindHasASample() {
        assertEquals(names(DbObject.class.getPermittedSubclasses()),
                names(objectSamples().keySet().toArray(Class<?>[]::new)),
                "a DbObject kind without a sample here is a kind nobody proved is diffed, ordered and rendered");
    }

    @TestFactory
    Stream<DynamicTest> everyChangeKindRendersAndIsOrdered() {
        return changeSamples().stream().map(change -> DynamicTest.dynamicTest(describe(change), () -> {
            String sql = renderer.render(change);
            assertFalse(sql.isBlank(), "SQL for " + describe(change));
            assertEquals(List.of(change), ChangeOrder.order(List.of(change)), "ordered alone");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyObjectKindIsDiffedOrderedAndRendered() {
        return objectSamples().values().stream().map(object -> DynamicTest.dynamicTest(
                object.getClass().getSimpleName(), () -> {
                    SchemaState alone = SchemaState.builder().add(object).build();
                    assertEquals(List.of(), Differ.diff(alone, alone), "an unchanged object is no change");
                    if (NO_CREATE_OR_DROP.containsKey(object.getClass())) {
                        return;
                    }
                    List<Change> create = ChangeOrder.order(Differ.diff(SchemaState.empty(), alone));
                    List<Change> drop = ChangeOrder.order(Differ.diff(alone, SchemaState.empty()));
                    assertEquals(List.of(new Change.Create(object)), create);
                    assertEquals(List.of(new Change.Drop(object)), drop);
                    assertFalse(renderer.render(create.get(0)).isBlank());
                    assertFalse(renderer.render(drop.get(0)).isBlank());
                }));
    }

    @Test
    void theWholeSampleStateIsOrderedBothWays() {
        SchemaState state = SampleStates.everyKind();
        List<Change> create = ChangeOrder.order(Differ.diff(SchemaState.empty(), state));
        List<Change> drop = ChangeOrder.order(Differ.diff(state, SchemaState.empty()));
        Set<String> kinds = objectSamples().keySet().stream().filter(k -> !NO_CREATE_OR_DROP.containsKey(k))
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, create.stream().map(c -> ((Change.Create) c).object().getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(state.size(), create.size());
        // A drop folds what goes with its owner (a table's constraints, a view's grants) into the owner's drop.
        Set<ObjectId> dropped = drop.stream().map(Change::subject).collect(Collectors.toSet());
        for (DbObject object : state.objects()) {
            assertTrue(dropped.contains(object.id()) || object.catalogDependsOn().stream().anyMatch(dropped::contains),
                    object.id() + " is dropped, or goes with something dropped");
        }
    }

    @Test
    void dataKeysAreOnlyEverRenamed() {
        DataKey key = new DataKey("dim", "products", "sku", "AB-1");
        SchemaState alone = SchemaState.builder().add(key).build();
        assertEquals(List.of(), Differ.diff(SchemaState.empty(), alone));
        assertEquals(List.of(), Differ.diff(alone, SchemaState.empty()));
        assertTrue(renderer.render(new Change.Rename(key, new DataKey("dim", "products", "sku", "AB-2")))
                .contains("UPDATE"));
    }

    private static String describe(Change change) {
        String name = change.getClass().getSimpleName();
        if (change instanceof Change.Replace replace) {
            return name + " " + replace.to().getClass().getSimpleName();
        }
        if (change instanceof Change.Rename rename) {
            return name + " " + rename.to().getClass().getSimpleName();
        }
        return name;
    }

    private static TreeSet<String> names(Class<?>[] classes) {
        return Arrays.stream(classes).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
