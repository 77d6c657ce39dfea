package dev.pgcraft.model.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code <view>} and {@code <materializedView>} bind with their query's text and the position of every element. */
class ViewConfigTest {

    private static final String XML = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="rpt">
                <view name="v" comment="A view">
                  <query>SELECT 1 AS one</query>
                  <column name="one" comment="One"/>
                </view>
                <materializedView name="m" refresh="concurrently">
                  <query><![CDATA[SELECT 2 AS two WHERE 1 < 2]]></query>
                  <index columns="two" unique="true"/>
                </materializedView>
              </schema>
            </pgcraft>
            """;

    @Test
    void viewsBindWithPositions() {
        PgcraftConfig config = ConfigReader.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)),
                "pgcraft.xml");
        SchemaConfig schema = config.getSchemas().get(0);
        ViewConfig view = schema.getViews().get(0);
        assertEquals("v", view.getName());
        assertEquals("A view", view.getComment());
        assertEquals("SELECT 1 AS one", view.getQuery().getText());
        assertEquals("pgcraft.xml:3:5", view.getLocation().toString());
        assertEquals("pgcraft.xml:4:7", view.getQuery().getLocation().toString());
        assertEquals("One", view.getColumns().get(0).getComment());
        MaterializedViewConfig materialized = (MaterializedViewConfig) schema.getViews().get(1);
        assertEquals(RefreshMode.CONCURRENTLY, materialized.getRefresh());
        assertEquals("SELECT 2 AS two WHERE 1 < 2", materialized.getQuery().getText());
        assertEquals("two", materialized.getIndexes().get(0).getColumns().get(0));
        assertEquals(RefreshMode.MANUAL, ((MaterializedViewConfig) new MaterializedViewConfig()).getRefresh());
    }
}
