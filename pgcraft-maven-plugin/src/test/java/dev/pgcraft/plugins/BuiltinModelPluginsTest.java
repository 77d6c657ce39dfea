package dev.pgcraft.plugins;

import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code <timestamps/>} and {@code <tenant/>} where they are written, and their errors, without a database. */
class BuiltinModelPluginsTest {

    @TempDir
    Path temp;

    @Test
    void timestampsInOneDimensionsPluginsGiveOnlyThatDimensionTheColumns() throws IOException {
        SchemaState state = resolve("""
                  <schema name="dim">
                    <simple name="items"><plugins><timestamps/></plugins><column name="sku" type="text"/></simple>
                    <simple name="tags"><column name="label" type="text"/></simple>
                  </schema>""");
        assertEquals(List.of("id", "sku", "created_at", "updated_at"), columns(state, "items"));
        assertEquals(List.of("id", "label"), columns(state, "tags"));
    }

    @Test
    void theTenantColumnComesFirstAndExcludingTheTenantSharesADimension() throws IOException {
        SchemaState state = resolve("""
                  <plugins><tenant column="org_id" type="bigint"/></plugins>
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text" unique="true"/></simple>
                    <simple name="tags">
                      <plugins><exclude plugin="tenant"/></plugins>
                      <column name="label" type="text"/>
                    </simple>
                  </schema>""");
        assertEquals(List.of("id", "org_id", "sku"), columns(state, "items"));
        assertEquals("bigint", table(state, "items").column("org_id").map(Column::type).orElseThrow());
        assertEquals(List.of("id", "label"), columns(state, "tags"));
        assertEquals(true, state.contains(ObjectId.index("dim", "ux__items__org_id_sku")));
        assertEquals(false, state.contains(ObjectId.constraint("dim", "items", "uq__items__sku")));
    }

    @Test
    void aTenantInOneDimensionIsAnErrorAtIt() {
        Problem problem = failure("""
                  <schema name="dim">
                    <simple name="items"><plugins><tenant/></plugins><column name="sku" type="text"/></simple>
                  </schema>""");
        assertEquals("PGC-CONFIG-TENANT-PER-DIMENSION", problem.code());
        assertEquals(3, problem.location().line());
    }

    @Test
    void aTenantColumnNamedLikeADeclaredOneIsAnErrorAtTheColumn() {
        Problem problem = failure("""
                  <plugins><tenant column="owner"/></plugins>
                  <schema name="dim">
                    <simple name="items">
                      <column name="owner" type="text"/>
                    </simple>
                  </schema>""");
        assertEquals("PGC-CONFIG-TENANT-COLUMN-TAKEN", problem.code());
        assertEquals(5, problem.location().line());
    }

    @Test
    void twoDifferentIndexesThatGetOneNameAreAnErrorAtTheSecond() {
        // With the tenant, a unique column and a unique index on it both become unique on (org_id, sku); the index's
        // where makes them differ (found by a random evolution, seed 12163709405578).
        Problem problem = failure("""
                  <plugins><tenant column="org_id" type="bigint"/></plugins>
                  <schema name="dim">
                    <ledger name="items">
                      <column name="sku" type="text" nullable="false" unique="true"/>
                      <index columns="sku" unique="true" where="sku IS NOT NULL"/>
                    </ledger>
                  </schema>""");
        assertEquals("PGC-CONFIG-DUPLICATE-INDEX", problem.code());
        assertEquals("pgcraft.xml:6:5", problem.location().toString());
        assertEquals("This <index> of dim.items is named \"ux__items__org_id_sku\", as is the index from line 5, which"
                + " differs from it. pgcraft names an index after its columns (the tenant column in front when <tenant/>"
                + " is on, and a unique=\"true\" column has a unique index then), not after its where or method, and"
                + " index names are unique per schema.", problem.message());
        // Without the tenant too: the same columns with two predicates.
        assertEquals("PGC-CONFIG-DUPLICATE-INDEX", failure("""
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <index columns="sku" where="sku IS NOT NULL"/>
                      <index columns="sku" where="sku &lt;&gt; ''"/>
                    </simple>
                  </schema>""").code());
    }

    private SchemaState resolve(String body) throws IOException {
        Path file = temp.resolve("pgcraft.xml");
        Files.writeString(file, "<pgcraft xmlns=\"urn:pgcraft:1\">\n" + body + "\n</pgcraft>\n");
        return new Resolver(line -> { }).resolve(ConfigLoader.spec(file, "pgcraft.xml"));
    }

    private Problem failure(String body) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> resolve(body));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static List<String> columns(SchemaState state, String table) {
        return table(state, table).columns().stream().map(Column::name).toList();
    }

    private static Table table(SchemaState state, String name) {
        return (Table) state.get(ObjectId.table("dim", name)).orElseThrow();
    }
}
