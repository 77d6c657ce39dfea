package dev.pgcraft.resolve;

import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.spi.DimensionSurface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine opened to a third-party jar ({@link AcmeEngine}, found by ServiceLoader on a class loader of its own):
 * global and per-dimension plugins, {@code <exclude>}, a model transform reaching every kind, a model-wide plugin
 * over the dimensions' surfaces, and the failures, each with its code and position.
 */
class OpenEngineTest {

    private static final Registry ACME = Registry.load(AcmeEngine.classLoader());

    @TempDir
    Path temp;

    @Test
    void aGlobalThirdPartyPluginReplacesTheDefaultOfItsGroupAndExcludeOptsOneDimensionOut() throws IOException {
        SchemaState state = resolve("""
                  <plugins><acme:nanoid length="12"/></plugins>
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/></simple>
                    <simple name="plain">
                      <plugins><exclude plugin="acme:nanoid"/></plugins>
                      <column name="sku" type="text"/>
                    </simple>
                  </schema>""");
        assertEquals(new Column("id", "text", false, "substr(md5(random()::text), 1, 12)",
                dev.pgcraft.model.schema.Identity.NONE), key(state, "items"));
        assertEquals("bigint", key(state, "plain").type());
    }

    @Test
    void aDimensionMayAddAThirdPartyPluginOfItsOwn() throws IOException {
        SchemaState state = resolve("""
                  <schema name="dim">
                    <simple name="items">
                      <plugins><acme:nanoid length="8"/></plugins>
                      <column name="sku" type="text"/>
                    </simple>
                    <simple name="plain"><column name="sku" type="text"/></simple>
                  </schema>""");
        assertEquals("substr(md5(random()::text), 1, 8)", key(state, "items").defaultValue());
        assertEquals("bigint", key(state, "plain").type());
    }

    @Test
    void anExcludeThatNamesNoGlobalPluginIsAnErrorAtItsPosition() {
        Problem problem = failure("""
                  <plugins><pk type="uuidv4"/></plugins>
                  <schema name="dim">
                    <simple name="items">
                      <plugins><exclude plugin="acme:nanoid"/></plugins>
                      <column name="sku" type="text"/>
                    </simple>
                  </schema>""");
        assertEquals("PGC-CONFIG-EXCLUDE-NOTHING", problem.code());
        assertEquals(5, problem.location().line());
        assertEquals("<exclude plugin=\"acme:nanoid\"/> in dim.items names no global plugin; the global plugins "
                + "are pk.", problem.message());
    }

    @Test
    void aPluginElementNoJarImplementsIsAnErrorAtItsPosition() {
        Problem problem = failure("""
                  <plugins><acme:unimplemented/></plugins>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/></simple></schema>""");
        assertEquals("PGC-CONFIG-PLUGIN-UNKNOWN", problem.code());
        assertEquals(2, problem.location().line());
        assertEquals("No plugin on the pgcraft plugin's class path implements <acme:unimplemented>, although a jar "
                + "there defines its namespace urn:acme:engine:1.", problem.message());
    }

    @Test
    void anExtensionElementNoJarImplementsIsAnErrorAtItsPosition() {
        Problem problem = failure("""
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/><orphan:widget/></simple>
                  </schema>""");
        assertEquals("PGC-CONFIG-EXTENSION-UNKNOWN", problem.code());
        assertEquals(3, problem.location().line());
        assertEquals("No extension on the pgcraft plugin's class path implements <orphan:widget>, although a jar "
                + "there defines its namespace urn:acme:orphan:1.", problem.message());
    }

    @Test
    void aPluginThatThrowsIsNamedWithTheDimensionAndNoStackTrace() {
        Problem problem = failure("""
                  <plugins><acme:boom/></plugins>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/></simple></schema>""");
        assertEquals("PGC-PLUGIN-FAILED", problem.code());
        assertEquals("plugin acme:boom failed while building dimension dim.items: IllegalStateException: index 3 "
                + "out of bounds", problem.message());
        assertEquals(3, problem.location().line());
        assertFalse(problem.render().contains("\tat "));
    }

    @Test
    void readingAContextKeyAPluginDidNotDeclareIsAnErrorNamingThePlugin() {
        Problem problem = failure("""
                  <plugins><acme:sneaky/></plugins>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/></simple></schema>""");
        assertEquals("PGC-PLUGIN-UNDECLARED-KEY", problem.code());
        assertEquals("plugin acme:sneaky read context key 'table' while building dim.items without declaring it",
                problem.message());
        assertEquals("Declare it on the plugin class: @Requires(\"table\").", problem.fix());
    }

    @Test
    void aModelTransformsColumnReachesEveryKindWithNoChangeToTheKinds() throws IOException {
        SchemaState state = resolve("""
                  <plugins><acme:note column="note"/></plugins>
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/></simple>
                    <appendOnly name="prices"><column name="amount" type="integer"/></appendOnly>
                    <eav name="features"><column name="enabled" type="boolean"/></eav>
                    <ledger name="journal"><column name="account" type="text"/></ledger>
                  </schema>""");
        for (String table : List.of("items", "prices_root", "prices_attributes", "journal")) {
            assertTrue(table(state, table).column("note").isPresent(), table);
        }
        for (String view : List.of("prices", "features")) {
            View relation = (View) state.get(ObjectId.view("dim", view)).orElseThrow();
            assertTrue(relation.columns().contains(new ViewColumn("note", "text")), view);
        }
        assertTrue(table(state, "features_attribute").column("value_text").isPresent());
    }

    @Test
    void aModelWidePluginSeesEverySurface() throws IOException {
        AcmeEngine.SEEN.clear();
        resolve("""
                  <extensions><acme:audit/></extensions>
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/></simple>
                    <appendOnly name="prices">
                      <column name="item_id" type="bigint" references="dim.items"/>
                    </appendOnly>
                    <eav name="features"><column name="enabled" type="boolean"/></eav>
                    <ledger name="journal"><column name="account" type="text"/></ledger>
                  </schema>""");
        List<DimensionSurface> seen = AcmeEngine.SEEN;
        assertEquals(List.of("dim.items", "dim.prices", "dim.features", "dim.journal"),
                seen.stream().map(DimensionSurface::qualifiedName).toList());
        DimensionSurface prices = seen.get(1);
        assertEquals(ObjectId.view("dim", "prices"), prices.relation());
        assertEquals(List.of("id", "created_at", "updated_at", "item_id"),
                prices.columns().stream().map(DimensionSurface.SurfaceColumn::name).toList());
        assertEquals(List.of(false, false, false, true), prices.columns().stream()
                .map(c -> !c.generated()).toList());
        assertEquals(List.of("id"), prices.key());
        assertEquals("dim.items", prices.references().get(0).dimension());
        assertEquals(ObjectId.table("dim", "items"), prices.references().get(0).target().table());
        DimensionSurface journal = seen.get(3);
        assertEquals(ObjectId.table("dim", "journal"), journal.relation());
        assertEquals(EnumSet.of(DimensionSurface.Verb.SELECT, DimensionSurface.Verb.INSERT), journal.verbs());
        assertEquals(List.of("id", "entry_id", "created_at", "value", "account"),
                journal.columns().stream().map(DimensionSurface.SurfaceColumn::name).toList());
        assertEquals(List.of("id", "created_at", "enabled"),
                seen.get(2).columns().stream().map(DimensionSurface.SurfaceColumn::name).toList());
        assertEquals(EnumSet.allOf(DimensionSurface.Verb.class), seen.get(0).verbs());
    }

    @Test
    void aColumnOnlyATransformAddedIsGeneratedOnTheSurface() throws IOException {
        AcmeEngine.SEEN.clear();
        resolve("""
                  <plugins><timestamps/></plugins>
                  <extensions><acme:audit/></extensions>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/></simple></schema>""");
        assertEquals(List.of("id:true", "sku:false", "created_at:true", "updated_at:true"),
                AcmeEngine.SEEN.get(0).columns().stream().map(c -> c.name() + ":" + c.generated()).toList());
    }

    @Test
    void aForeignElementInASchemaThatAKindClaimsIsADimensionOfThatKind() throws IOException {
        SchemaState state = resolve("""
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/></simple>
                    <acme:bag name="tags" label="What we tag with">
                      <column name="color" type="varchar(10)" nullable="false"/>
                    </acme:bag>
                    <simple name="uses"><column name="tag" type="text" references="dim.tags"/></simple>
                  </schema>""");
        assertEquals(List.of(new Column("tag", "text", false, null, dev.pgcraft.model.schema.Identity.NONE),
                new Column("color", "character varying(10)", false, null, dev.pgcraft.model.schema.Identity.NONE)),
                table(state, "tags").columns());
        assertTrue(state.get(ObjectId.constraint("dim", "uses", "fk__uses__tag__tags")).isPresent(),
                state.objects().stream().map(o -> o.id().describe()).toList().toString());
        assertTrue(state.objects().stream().anyMatch(o -> o instanceof dev.pgcraft.model.schema.Comment comment
                && comment.text().equals("What we tag with")));
    }

    @Test
    void aForeignKindsColumnsGetEveryRuleAtTheirPositionsAndItsOwnRulesToo() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> resolve("""
                  <schema name="dim">
                    <acme:bag name="tags">
                      <column name="tag" type="text"/>
                      <column name="color" type="txet"/>
                      <index columns="color"/>
                    </acme:bag>
                  </schema>"""));
        assertEquals(List.of("4:5 PGC-CONFIG-RESERVED-COLUMN", "5:5 PGC-CONFIG-BAD-TYPE", "6:5 ACME-BAG-INDEX"),
                e.problems().stream().map(p -> p.location().line() + ":" + p.location().column() + " " + p.code())
                        .toList());
        assertEquals("Column \"tag\" is generated by pgcraft in <acme:bag> dimensions (the bag's key), so it cannot be "
                + "declared.", e.problems().get(0).message());
        assertEquals("<index> in acme:bag dim.tags: bags are not indexed.", e.problems().get(2).message());
    }

    @Test
    void aForeignKindsRenamesAndPluginsAreReadLikeACoreDimensions() throws IOException {
        dev.pgcraft.model.spec.ModelSpec spec = ConfigLoader.spec(write("""
                  <schema name="dim">
                    <acme:bag name="tags" previousName="labels">
                      <plugins><acme:nanoid length="4"/></plugins>
                      <column name="color" type="text" previousName="colour"/>
                    </acme:bag>
                  </schema>"""), "pgcraft.xml", ACME);
        assertEquals(java.util.Optional.of("labels"), spec.renames().previousDimension("dim.tags"));
        assertEquals(java.util.Optional.of("colour"), spec.renames().previousColumn("dim.tags", "color"));
        dev.pgcraft.model.spec.DimensionSpec tags = spec.dimension("dim.tags").orElseThrow();
        assertEquals(AcmeEngine.NAMESPACE, tags.kindNamespace());
        assertEquals(4, tags.plugins().get(0).location().line());
        assertEquals(5, tags.columns().get(0).location().line());
        assertEquals("acme:nanoid", tags.plugins().get(0).displayName());
    }

    @Test
    void aForeignElementInASchemaThatNoKindOrExtensionImplementsIsAnErrorAtItsPosition() {
        Problem problem = failure("""
                  <schema name="dim">
                    <orphan:widget/>
                  </schema>""");
        assertEquals("PGC-CONFIG-SCHEMA-ELEMENT-UNKNOWN", problem.code());
        assertEquals(3, problem.location().line());
        assertEquals("No dimension kind or extension on the pgcraft plugin's class path implements <orphan:widget> "
                + "in <schema name=\"dim\">, although a jar there defines its namespace urn:acme:orphan:1.",
                problem.message());
    }

    @Test
    void aModelTransformThatThrowsPointsAtItsElementAndNamesTheDimension() {
        Problem problem = failure("""
                  <schema name="dim">
                    <simple name="items">
                      <plugins><acme:crash/></plugins>
                      <column name="sku" type="text"/>
                    </simple>
                    <simple name="broken"><column name="sku" type="text"/></simple>
                  </schema>""");
        assertEquals("PGC-PLUGIN-FAILED", problem.code());
        assertEquals("4:14", problem.location().line() + ":" + problem.location().column());
        assertEquals("model transform acme:crash failed while building dimension dim.broken (line 7): "
                + "IllegalArgumentException: cannot crash broken", problem.message());
        assertFalse(problem.render().contains("\tat "));
    }

    private SchemaState resolve(String body) throws IOException {
        return new Resolver(line -> { }, ACME).resolve(ConfigLoader.spec(write(body), "pgcraft.xml", ACME));
    }

    private Problem failure(String body) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> resolve(body));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private Path write(String body) throws IOException {
        Path file = temp.resolve("pgcraft.xml");
        Files.writeString(file, "<pgcraft xmlns=\"urn:pgcraft:1\" xmlns:acme=\"" + AcmeEngine.NAMESPACE
                + "\" xmlns:orphan=\"" + AcmeEngine.ORPHAN + "\">\n"
                + body + "\n</pgcraft>\n");
        return file;
    }

    private static Column key(SchemaState state, String table) {
        return table(state, table).column("id").orElseThrow();
    }

    private static Table table(SchemaState state, String name) {
        return (Table) state.get(ObjectId.table("dim", name)).orElseThrow();
    }
}
