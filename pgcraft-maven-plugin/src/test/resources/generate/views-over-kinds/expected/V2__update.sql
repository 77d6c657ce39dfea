-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())
-- pgcraft:refresh "rpt"."sku_counts" concurrently

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

CREATE SCHEMA IF NOT EXISTS "rpt";

CREATE VIEW "rpt"."feature_colors" AS
SELECT sku, color FROM dim.features WHERE color IS NOT NULL;

CREATE MATERIALIZED VIEW "rpt"."price_history_size" AS
SELECT count(*) AS versions FROM dim.prices_history;

CREATE VIEW "rpt"."product_prices" AS
SELECT id, sku, price FROM dim.products;

CREATE MATERIALIZED VIEW "rpt"."sku_counts" AS
SELECT sku, count(*) AS n FROM dim.products GROUP BY sku
WITH NO DATA;

CREATE UNIQUE INDEX "ux__sku_counts__sku"
    ON "rpt"."sku_counts" USING btree ("sku");

COMMENT ON MATERIALIZED VIEW "rpt"."sku_counts" IS 'Rows per sku';

COMMENT ON COLUMN "rpt"."sku_counts"."n" IS 'How many';

CREATE VIEW "rpt"."stock_levels" AS
SELECT sku, balance AS stock FROM ops.stock_balances;

CREATE VIEW "rpt"."catalog" AS
SELECT p.sku, p.price, c.amount AS current_price, f.color, s.stock
  FROM rpt.product_prices p
  LEFT JOIN dim.prices c ON c.sku = p.sku
  LEFT JOIN rpt.feature_colors f ON f.sku = p.sku
  LEFT JOIN rpt.stock_levels s ON s.sku = p.sku;

COMMENT ON VIEW "rpt"."catalog" IS 'Everything we know per sku';

COMMENT ON COLUMN "rpt"."catalog"."stock" IS 'Units on hand';
