-- pgcraft migration U4 (U4__update.sql): undoes V4
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:refresh "rpt"."expensive_stats" afterMigrate

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP MATERIALIZED VIEW "rpt"."expensive_stats";

DROP VIEW "rpt"."expensive";

DROP VIEW "rpt"."product_prices";

ALTER TABLE "dim"."items"
    RENAME TO "products";

ALTER TABLE "dim"."products"
    RENAME COLUMN "cost" TO "price";

ALTER TABLE "dim"."products"
    RENAME CONSTRAINT "pk__items__id" TO "pk__products__id";

CREATE VIEW "rpt"."product_prices" AS
SELECT id, sku, price, price * 2 AS list_price FROM dim.products;

CREATE VIEW "rpt"."expensive" AS
SELECT sku, price FROM rpt.product_prices WHERE price > 100;

CREATE MATERIALIZED VIEW "rpt"."expensive_stats" AS
SELECT count(*) AS n, max(price) AS top FROM rpt.expensive
WITH NO DATA;
