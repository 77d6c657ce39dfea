-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER VIEW "rpt"."product_skus"
    RENAME TO "skus";

ALTER MATERIALIZED VIEW "rpt"."sku_counts"
    RENAME TO "sku_totals";

ALTER INDEX "rpt"."ux__sku_counts__sku"
    RENAME TO "ux__sku_totals__sku";

ALTER INDEX "rpt"."ix__sku_counts__n"
    RENAME TO "ix__sku_totals__n";

ALTER MATERIALIZED VIEW "rpt"."price_stats"
    RENAME TO "prices";

CREATE OR REPLACE VIEW "rpt"."busy_skus" AS
SELECT sku FROM rpt.sku_totals WHERE n > 1;
