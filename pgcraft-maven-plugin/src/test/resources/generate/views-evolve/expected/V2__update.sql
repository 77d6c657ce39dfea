-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:refresh "rpt"."expensive_stats" afterMigrate

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP MATERIALIZED VIEW "rpt"."expensive_stats";

DROP VIEW "rpt"."expensive";

DROP VIEW "rpt"."product_prices";

ALTER TABLE "dim"."products"
    ALTER COLUMN "price" TYPE numeric(12,2) USING "price"::numeric(12,2);

CREATE VIEW "rpt"."product_prices" AS
SELECT id, sku, price FROM dim.products;

CREATE VIEW "rpt"."expensive" AS
SELECT sku, price FROM rpt.product_prices WHERE price > 100;

CREATE MATERIALIZED VIEW "rpt"."expensive_stats" AS
SELECT count(*) AS n, max(price) AS top FROM rpt.expensive
WITH NO DATA;
