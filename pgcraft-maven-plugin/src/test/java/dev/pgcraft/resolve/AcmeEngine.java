package dev.pgcraft.resolve;

import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.KindPart;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.Extension;
import dev.pgcraft.model.spi.ModelPlugin;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.SingletonGroup;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A third-party jar as the engine sees it, written only against the SPI: its factories and extension are listed in
 * {@code src/test/resources/engine/acme/META-INF/services}, its XSD in {@code META-INF/pgcraft/schemas.properties};
 * {@link #classLoader()} puts that folder on a class loader of its own, as Maven puts a plugin dependency in the
 * pgcraft plugin's realm.
 */
final class AcmeEngine {

    static final String NAMESPACE = "urn:acme:engine:1";

    /** A namespace a jar defines (its XSD is there) but nothing implements. */
    static final String ORPHAN = "urn:acme:orphan:1";

    /** What the audit extension's model-wide plugin saw on its last run. */
    static final List<DimensionSurface> SEEN = new ArrayList<>();

    private AcmeEngine() {
    }

    static ClassLoader classLoader() {
        return new URLClassLoader(new URL[] {AcmeEngine.class.getResource("/engine/acme/"),
            AcmeEngine.class.getResource("/engine/orphan/")}, AcmeEngine.class.getClassLoader());
    }

    private abstract static class Factory implements PluginFactory {
        @Override
        public String namespace() {
            return NAMESPACE;
        }
    }

    /** {@code <acme:nanoid length="…"/>}: a text key of that many characters, in the {@code pk} group. */
    public static final class NanoidFactory extends Factory {
        @Override
        public String element() {
            return "nanoid";
        }

        @Override
        public Optional<Plugin> plugin(PluginSpec spec) {
            return Optional.of(new Nanoid(Integer.parseInt(spec.attribute("length").orElse("21"))));
        }
    }

    @Produces("pk")
    @SingletonGroup("pk")
    record Nanoid(int length) implements Plugin {
        @Override
        public String name() {
            return "acme:nanoid";
        }

        @Override
        public void apply(dev.pgcraft.model.spi.PluginContext context) {
            context.put(CoreKeys.PK, new PrimaryKey(new Column(PrimaryKey.COLUMN, "text", false,
                    "substr(md5(random()::text), 1, " + length + ")", Identity.NONE)));
        }
    }

    /** {@code <acme:note column="…"/>}: a model transform adding a text column to every dimension. */
    public static final class NoteFactory extends Factory {
        @Override
        public String element() {
            return "note";
        }

        @Override
        public Optional<Plugin> plugin(PluginSpec spec) {
            return Optional.empty();
        }

        @Override
        public Optional<ModelTransform> transform(PluginSpec spec) {
            String column = spec.attribute("column").orElseThrow();
            return Optional.of(new ModelTransform() {
                @Override
                public String name() {
                    return "acme:note";
                }

                @Override
                public ModelSpec apply(ModelSpec model, dev.pgcraft.model.spi.TransformContext context) {
                    return model.mapDimensions(d -> d.withColumn(ColumnSpec.of(column, "text", true,
                            spec.location())));
                }
            });
        }
    }

    /** {@code <acme:boom/>}: a plugin with a defect. */
    public static final class BoomFactory extends Factory {
        @Override
        public String element() {
            return "boom";
        }

        @Override
        public Optional<Plugin> plugin(PluginSpec spec) {
            return Optional.of(new Plugin() {
                @Override
                public String name() {
                    return "acme:boom";
                }

                @Override
                public void apply(dev.pgcraft.model.spi.PluginContext context) {
                    throw new IllegalStateException("index 3 out of bounds");
                }
            });
        }
    }

    /** {@code <acme:sneaky/>}: reads the table without declaring it requires it. */
    public static final class SneakyFactory extends Factory {
        @Override
        public String element() {
            return "sneaky";
        }

        @Override
        public Optional<Plugin> plugin(PluginSpec spec) {
            return Optional.of(new Plugin() {
                @Override
                public String name() {
                    return "acme:sneaky";
                }

                @Override
                public void apply(dev.pgcraft.model.spi.PluginContext context) {
                    context.get(CoreKeys.TABLE);
                }
            });
        }
    }

    /** {@code <acme:audit/>} in {@code <extensions>}: a model-wide plugin recording every surface. */
    public static final class Audit implements Extension {
        @Override
        public String namespace() {
            return NAMESPACE;
        }

        @Override
        public List<ModelPlugin> modelPlugins(ModelSpec model) {
            if (model.extensionElements(NAMESPACE).stream().noneMatch(e -> e.localName().equals("audit"))) {
                return List.of();
            }
            return List.of(new ModelPlugin() {
                @Override
                public String name() {
                    return "acme:audit";
                }

                @Override
                public void apply(dev.pgcraft.model.spi.ModelContext context) {
                    SEEN.clear();
                    SEEN.addAll(context.surfaces());
                }
            });
        }
    }

    /**
     * {@code <acme:bag name="…" label="…">}: a dimension kind of this jar. Its table {@code S.T} has a text key
     * {@code tag} and the declared columns; the kind refuses {@code <index>} and reads its own attribute {@code label}
     * as the table's comment.
     */
    public static final class BagKind implements DimensionKind {
        @Override
        public String namespace() {
            return NAMESPACE;
        }

        @Override
        public String kind() {
            return "bag";
        }

        @Override
        public List<Plugin> defaultPlugins() {
            return List.of(new BagTable());
        }

        @Override
        public ReferenceTarget referenceTarget(String schema, String name) {
            return new ReferenceTarget(ObjectId.table(schema, name), "tag",
                    ObjectId.constraint(schema, name, PrimaryKey.constraintName(name, "tag")));
        }

        @Override
        public Map<String, String> generatedColumns() {
            return Map.of("tag", "the bag's key");
        }

        @Override
        public KindPart part(DimensionSpec dimension) {
            return new BagPart(dimension.element().attribute("label").orElse(null));
        }

        @Override
        public void check(DimensionSpec dimension, List<Problem> problems) {
            for (IndexSpec index : dimension.indexes()) {
                problems.add(Problem.at(index.location(), "ACME-BAG-INDEX", "<index> in " + dimension.kindDisplayName()
                        + " " + dimension.qualifiedName() + ": bags are not indexed.", "Remove it."));
            }
        }

        @Override
        public ObjectId relation(String schema, String name) {
            return ObjectId.table(schema, name);
        }
    }

    record BagPart(String label) implements KindPart {
        @Override
        public KindPart withColumnNames(java.util.function.UnaryOperator<String> rename) {
            return this;
        }
    }

    @Produces("table")
    @SingletonGroup("table")
    record BagTable() implements Plugin {
        @Override
        public String name() {
            return "acme:bag-table";
        }

        @Override
        public void apply(dev.pgcraft.model.spi.PluginContext context) {
            List<Column> columns = new ArrayList<>();
            columns.add(new Column("tag", "text", false, null, Identity.NONE));
            context.dimension().columns().forEach(column -> columns.add(column.toColumn()));
            Table table = new Table(context.schema(), context.dimension().name(), columns);
            context.add(table);
            context.add(Constraint.primaryKey(table.schema(), table.name(),
                    PrimaryKey.constraintName(table.name(), "tag"), List.of("tag")));
            String label = context.dimension().part(BagPart.class).label();
            if (label != null) {
                context.add(new Comment(table.id(), null, label));
            }
            context.put(CoreKeys.TABLE, table);
        }
    }

    /** {@code <acme:crash/>}: a model transform with a defect, failing for the dimensions named {@code broken}. */
    public static final class CrashFactory extends Factory {
        @Override
        public String element() {
            return "crash";
        }

        @Override
        public Optional<Plugin> plugin(PluginSpec spec) {
            return Optional.empty();
        }

        @Override
        public Optional<ModelTransform> transform(PluginSpec spec) {
            return Optional.of(new Crash());
        }
    }

    record Crash() implements ModelTransform {
        @Override
        public String name() {
            return "acme:crash";
        }

        @Override
        public ModelSpec apply(ModelSpec model, dev.pgcraft.model.spi.TransformContext context) {
            return model.mapDimensions(dimension -> {
                if (dimension.name().equals("broken")) {
                    throw new IllegalArgumentException("cannot crash " + dimension.name());
                }
                return dimension;
            });
        }
    }
}
