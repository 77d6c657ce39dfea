package dev.pgcraft.resolve;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PluginOrderTest {

    private static final SourceLocation HERE = new SourceLocation("pgcraft.xml", 7, 5);

    abstract static class Named implements Plugin {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void apply(PluginContext context) {
        }
    }

    @Produces("pk") @SingletonGroup("pk")
    static final class Pk extends Named {
        Pk(String name) {
            super(name);
        }
    }

    @Requires("pk") @Produces("table") @SingletonGroup("table")
    static final class TableP extends Named {
        TableP() {
            super("table");
        }
    }

    @Requires("table")
    static final class Indexes extends Named {
        Indexes() {
            super("indexes");
        }
    }

    @Requires("b") @Produces("a")
    static final class A extends Named {
        A() {
            super("A");
        }
    }

    @Requires("a") @Produces("b")
    static final class B extends Named {
        B() {
            super("B");
        }
    }

    @Requires("nothing-makes-this")
    static final class Orphan extends Named {
        Orphan() {
            super("orphan");
        }
    }

    private static List<String> names(List<Plugin> plugins) {
        return plugins.stream().map(Plugin::name).collect(Collectors.toList());
    }

    @Test
    void runsProducersBeforeTheirConsumersWhateverTheListOrder() {
        List<Plugin> sorted = PluginOrder.sort(List.of(new Indexes(), new TableP(), new Pk("pk")), "dim.t", HERE);
        assertEquals(List.of("pk", "table", "indexes"), names(sorted));
    }

    @Test
    void keepsListOrderBetweenIndependentPlugins() {
        @Requires("table") final class Comments extends Named {
            Comments() {
                super("comments");
            }
        }
        List<Plugin> sorted = PluginOrder.sort(List.of(new Pk("pk"), new TableP(), new Comments(), new Indexes()),
                "dim.t", HERE);
        assertEquals(List.of("pk", "table", "comments", "indexes"), names(sorted));
    }

    @Test
    void aCycleNamesThePluginsInIt() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> PluginOrder.sort(List.of(new A(), new B()), "dim.t", HERE));
        assertEquals("pgcraft.xml:7:5: the plugins of dim.t depend on each other in a cycle: A -> B -> A"
                + " [PGC-PLUGIN-CYCLE]" + System.lineSeparator()
                + "  Remove one of these plugins or change what it requires.", e.getMessage());
    }

    @Test
    void aMissingProducerNamesThePluginAndTheKey() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> PluginOrder.sort(List.of(new Pk("pk"), new Orphan()), "dim.t", HERE));
        assertEquals("PGC-PLUGIN-MISSING-PRODUCER", e.problems().get(0).code());
        assertEquals("plugin orphan of dim.t requires 'nothing-makes-this', which no plugin produces",
                e.problems().get(0).message());
    }

    @Test
    void twoPluginsOfOneSingletonGroupInOneListAreAnError() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> PluginOrder.layer(List.of(),
                List.of(new Pk("pk(serial)"), new Pk("pk(uuidv4)")), List.of(), HERE));
        assertEquals("plugins pk(serial) and pk(uuidv4) are both in the singleton group 'pk'; only one may apply",
                e.problems().get(0).message());
    }

    @Test
    void globalReplacesDefaultAndLocalReplacesGlobal() {
        List<Plugin> defaults = List.of(new Pk("pk(identity)"), new TableP(), new Indexes());
        assertEquals(List.of("pk(uuidv7)", "table", "indexes"),
                names(PluginOrder.layer(defaults, List.of(new Pk("pk(uuidv7)")), List.of(), HERE)));
        assertEquals(List.of("pk(serial)", "table", "indexes"), names(PluginOrder.layer(defaults,
                List.of(new Pk("pk(uuidv7)")), List.of(new Pk("pk(serial)")), HERE)));
    }
}
