package dev.pgcraft.appendonly;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The root key follows the pk plugin; the version log's own id stays a bigint identity. */
@DbTest
class AppendOnlyKeyTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"identity", "serial", "uuidv4", "uuidv7"})
    void everyKeyTypeWritesThroughTheView(String pkType) {
        ConnectionSettings db = AppendOnlyModel.database(AppendOnlyModel.shop(pkType));
        String id = queryOne(db, "INSERT INTO dim.products (sku, price) VALUES ('K-1', 1) RETURNING id");
        String second = queryOne(db, "INSERT INTO dim.products (sku, price) VALUES ('K-2', 1) RETURNING id");
        assertTrue(!id.equals(second) && !id.equals("null"), id + " / " + second);
        String literal = "'" + id + "'";
        execute(db, "UPDATE dim.products SET price = 2 WHERE id = " + literal);
        execute(db, "INSERT INTO dim.orders (product_id) VALUES (" + literal + ")");
        assertEquals(List.of(id + "|1.00", id + "|2.00"), query(db, "SELECT id, price FROM dim.products_history"
                + " WHERE id = " + literal + " ORDER BY version_id"));
        execute(db, "DELETE FROM dim.products WHERE id = " + literal);
        assertEquals("0|2", queryOne(db, "SELECT (SELECT count(*) FROM dim.orders), (SELECT count(*) FROM"
                + " dim.products_history WHERE id = " + literal + " AND valid_to IS NOT NULL)"));
        assertEquals("bigint", queryOne(db, "SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'products_attributes' AND column_name = 'id'"));
    }
}
