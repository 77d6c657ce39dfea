package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ExcludeSpec;
import dev.pgcraft.model.spec.KindPart;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spec.SchemaSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The plugin's own logic without pgcraft's engine: which dimensions the transform changes, and the declarations the
 * engine orders and checks the plugins by. What the engine and PostgreSQL make of it is proven by the invoker IT
 * {@code generate-third-party-plugin} in the pgcraft repository.
 */
class RowStateTransformTest {

    private static final SourceLocation HERE = new SourceLocation("pgcraft.xml", 1, 1);

    @Test
    void aGlobalSoftDeleteAddsTheColumnToEveryDimensionThatDoesNotExcludeIt() {
        PluginSpec global = spec(SoftDelete.SOFT_DELETE, Map.of("column", "removed_at"));
        ModelSpec model = model(List.of(global),
                dimension("simple", "items", List.of(), List.of()),
                dimension("simple", "tags", List.of(), List.of(exclude(SoftDelete.SOFT_DELETE))));
        ModelSpec result = new RowStateTransform().apply(model, RowStateTransformTest::kind);
        ColumnSpec added = result.dimension("dim.items").orElseThrow().column("removed_at").orElseThrow();
        assertEquals(RowStateTransform.TYPE, added.type());
        assertEquals(true, added.nullable());
        assertEquals(List.of("sku"), names(result.dimension("dim.tags").orElseThrow()));
    }

    @Test
    void aDimensionsOwnArchiveWinsOverTheGlobalSoftDelete() {
        ModelSpec model = model(List.of(spec(SoftDelete.SOFT_DELETE, Map.of())),
                dimension("simple", "orders", List.of(spec(SoftDelete.ARCHIVE, Map.of())), List.of()));
        ModelSpec result = new RowStateTransform().apply(model, RowStateTransformTest::kind);
        assertEquals(List.of("sku", "archived_at"), names(result.dimension("dim.orders").orElseThrow()));
    }

    @Test
    void aDeclaredColumnOfThatNameIsLeftAsDeclared() {
        DimensionSpec items = dimension("simple", "items", List.of(spec(SoftDelete.SOFT_DELETE, Map.of())), List.of())
                .withColumn(ColumnSpec.of("deleted_at", "date", true, HERE));
        ModelSpec result = new RowStateTransform().apply(model(List.of(), items), RowStateTransformTest::kind);
        assertEquals("date", result.dimension("dim.items").orElseThrow().column("deleted_at").orElseThrow().type());
    }

    @Test
    void aKindOtherThanSimpleIsAnErrorAtTheDimensionSayingHowToLeaveItOut() {
        ModelSpec model = model(List.of(spec(SoftDelete.SOFT_DELETE, Map.of())),
                dimension("ledger", "journal", List.of(), List.of()));
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> new RowStateTransform().apply(model, RowStateTransformTest::kind));
        Problem problem = e.problems().get(0);
        assertEquals("SD-UNSUPPORTED-KIND", problem.code());
        assertEquals("sd:softDelete applies to simple dimensions only; dim.journal is a ledger.", problem.message());
        assertEquals("Add <plugins><exclude plugin=\"sd:softDelete\"/></plugins> to dim.journal, or write "
                + "<sd:softDelete/> in the <plugins> of the simple dimensions only.", problem.fix());
    }

    @Test
    void thePluginsDeclareWhatTheEngineOrdersAndChecksThemBy() {
        assertArrayEquals(new String[] {"softDelete"}, produces(SoftDeletePlugin.class));
        assertArrayEquals(new String[] {"archive"}, produces(ArchivePlugin.class));
        assertEquals(SoftDeletePlugin.class.getAnnotation(SingletonGroup.class).value(),
                ArchivePlugin.class.getAnnotation(SingletonGroup.class).value());
        assertArrayEquals(new String[] {"table", "softDelete"}, PurgePlugin.class.getAnnotation(Requires.class).value());
    }

    private static String[] produces(Class<? extends Plugin> type) {
        return type.getAnnotation(Produces.class).value();
    }

    private static List<String> names(DimensionSpec dimension) {
        return dimension.columns().stream().map(ColumnSpec::name).toList();
    }

    /** A spec as pgcraft reads it, with the element (prefix sd) that messages name. */
    private static PluginSpec spec(String element, Map<String, String> attributes) {
        try {
            Element dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument()
                    .createElementNS(SoftDelete.NAMESPACE, "sd:" + element);
            attributes.forEach(dom::setAttribute);
            return new PluginSpec(SoftDelete.NAMESPACE, element, attributes, HERE, ExtensionElement.of(dom));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExcludeSpec exclude(String element) {
        return new ExcludeSpec("sd:" + element, SoftDelete.NAMESPACE, element, HERE);
    }

    private static DimensionSpec dimension(String kind, String name, List<PluginSpec> plugins,
                                           List<ExcludeSpec> excludes) {
        return new DimensionSpec(kind, "dim", name, null, List.of(ColumnSpec.of("sku", "text", true, HERE)),
                List.of(), List.of(), plugins, excludes, KindPart.NONE, List.of(), HERE);
    }

    private static ModelSpec model(List<PluginSpec> global, DimensionSpec... dimensions) {
        return new ModelSpec(global, List.of(), List.of(new SchemaSpec("dim", List.of(dimensions), List.of(), HERE)),
                RenameMap.NONE);
    }

    /** The kind by name: only kind() matters to the transform. */
    private static DimensionKind kind(DimensionSpec dimension) {
        return new DimensionKind() {
            @Override
            public String kind() {
                return dimension.kind();
            }

            @Override
            public List<Plugin> defaultPlugins() {
                return List.of();
            }

            @Override
            public ReferenceTarget referenceTarget(String schema, String name) {
                return null;
            }

            @Override
            public Map<String, String> generatedColumns() {
                return Map.of();
            }

            @Override
            public ObjectId relation(String schema, String name) {
                return ObjectId.table(schema, name);
            }
        };
    }
}
