-- pgcraft migration V3 (V3__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:refresh "rpt"."expensive_stats" afterMigrate

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "rpt"."amounts";

CREATE VIEW "rpt"."amounts" AS
SELECT sku, amount::text AS amount FROM dim.prices;

CREATE OR REPLACE VIEW "rpt"."product_prices" AS
SELECT id, sku, price, price * 2 AS list_price FROM dim.products;
