-- pgcraft migration V4 (V4__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:refresh "rpt"."expensive_stats" afterMigrate

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP MATERIALIZED VIEW "rpt"."expensive_stats";

DROP VIEW "rpt"."expensive";

DROP VIEW "rpt"."product_prices";

ALTER TABLE "dim"."products"
    RENAME TO "items";

ALTER TABLE "dim"."items"
    RENAME COLUMN "price" TO "cost";

ALTER TABLE "dim"."items"
    RENAME CONSTRAINT "pk__products__id" TO "pk__items__id";

CREATE VIEW "rpt"."product_prices" AS
SELECT id, sku, cost AS price, cost * 2 AS list_price FROM dim.items;

CREATE VIEW "rpt"."expensive" AS
SELECT sku, price FROM rpt.product_prices WHERE price > 100;

CREATE MATERIALIZED VIEW "rpt"."expensive_stats" AS
SELECT count(*) AS n, max(price) AS top FROM rpt.expensive
WITH NO DATA;
