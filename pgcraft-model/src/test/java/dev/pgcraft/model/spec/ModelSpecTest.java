package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Renames applied to a spec: every name a rename touches, and nothing else. */
class ModelSpecTest {

    private static final SourceLocation HERE = SourceLocation.of("pgcraft.xml");

    @Test
    void underPreviousNamesRestoresDimensionsColumnsReferencesIndexesAndKindParts() {
        DimensionSpec products = dimension("products", List.of(ColumnSpec.of("title", "text", true, HERE)),
                List.of(new IndexSpec(null, List.of("title"), null, false, "btree", null, HERE)), KindPart.NONE);
        DimensionSpec journal = dimension("journal", List.of(
                        ColumnSpec.of("account", "text", false, HERE),
                        ColumnSpec.of("product_id", "bigint", true, HERE).withReferences("dim.products")),
                List.of(), new LedgerPart("integer", false, new LedgerPart.Balance(List.of("account"), true, HERE),
                        List.of("account"), new LedgerPart.MinBalance(List.of("account"), "0"),
                        List.of(new LedgerPart.Event("pay", List.of(), null,
                                new LedgerPart.Desired(List.of("account"), "SELECT 1")))));
        ModelSpec model = new ModelSpec(List.of(), List.of(),
                List.of(new SchemaSpec("dim", List.of(products, journal), List.of(), HERE)),
                new RenameMap(Map.of("dim.products", "items"),
                        Map.of("dim.products", Map.of("title", "name"), "dim.journal", Map.of("account", "acct"))));

        ModelSpec previous = model.underPreviousNames();

        DimensionSpec items = previous.dimensions().get(0);
        assertEquals("items", items.name());
        assertEquals("name", items.columns().get(0).name());
        assertEquals(List.of("name"), items.indexes().get(0).columns());
        DimensionSpec oldJournal = previous.dimensions().get(1);
        assertEquals("journal", oldJournal.name());
        assertEquals(List.of("acct", "product_id"), oldJournal.columns().stream().map(ColumnSpec::name).toList());
        assertEquals("dim.items", oldJournal.columns().get(1).references());
        LedgerPart ledger = oldJournal.part(LedgerPart.class);
        assertEquals(List.of("acct"), ledger.balance().groupBy());
        assertEquals(List.of("acct"), ledger.latest());
        assertEquals(List.of("acct"), ledger.minBalance().groupBy());
        assertEquals(List.of("acct"), ledger.events().get(0).desired().diffKeys());
        assertEquals(RenameMap.NONE, previous.renames());
        assertEquals("dim.products", model.renames().currentQualified("dim.items"));
    }

    @Test
    void aModelWithoutRenamesIsItsOwnPrevious() {
        ModelSpec model = new ModelSpec(List.of(), List.of(), List.of(), RenameMap.NONE);
        assertSame(model, model.underPreviousNames());
    }

    private static DimensionSpec dimension(String name, List<ColumnSpec> columns, List<IndexSpec> indexes,
                                           KindPart part) {
        return new DimensionSpec(part == KindPart.NONE ? "simple" : "ledger", "dim", name, null, columns, List.of(),
                indexes, List.of(), List.of(), part, List.of(), HERE);
    }
}
