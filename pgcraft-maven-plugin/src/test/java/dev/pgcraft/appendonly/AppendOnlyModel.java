package dev.pgcraft.appendonly;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.testing.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Models with an append-only dimension, built from scratch in a fresh database of the shared PostgreSQL 18. */
final class AppendOnlyModel {

    /**
     * {@code dim.products} (append-only, key type {@code pkType}) referencing {@code dim.categories} and referenced
     * by {@code dim.orders} (ON DELETE CASCADE): every kind of declared thing an append-only dimension places.
     */
    static String shop(String pkType) {
        String keyType = pkType.startsWith("uuid") ? "uuid" : pkType.equals("serial") ? "integer" : "bigint";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim">
                    <simple name="categories">
                      <column name="name" type="text"/>
                    </simple>
                    <appendOnly name="products" comment="Things we sell">
                      <plugins><pk type="%s"/></plugins>
                      <column name="sku" type="text" nullable="false" unique="true"/>
                      <column name="title" type="text" comment="Shown in the shop"/>
                      <column name="price" type="numeric(10,2)" nullable="false" default="0"/>
                      <column name="category_id" type="bigint" references="dim.categories"/>
                      <column name="attrs" type="json"/>
                      <check name="price_positive" expression="price &gt;= 0"/>
                      <index columns="title"/>
                    </appendOnly>
                    <simple name="orders">
                      <column name="product_id" type="%s" references="dim.products" onDelete="cascade"/>
                    </simple>
                  </schema>
                </pgcraft>
                """.formatted(pkType, keyType);
    }

    private AppendOnlyModel() {
    }

    /** The from-scratch script of {@code xml}. */
    static String script(String xml) {
        try {
            Path dir = Files.createTempDirectory("pgcraft-append-only");
            Path config = dir.resolve("pgcraft.xml");
            Files.writeString(config, xml, StandardCharsets.UTF_8);
            return new FromScratch(message -> { }).script(config, "pgcraft.xml", "from scratch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database with {@code xml} built in it. */
    static ConnectionSettings database(String xml) {
        ConnectionSettings db = TestPostgres.freshDatabase();
        TestPostgres.execute(db, script(xml));
        return db;
    }
}
