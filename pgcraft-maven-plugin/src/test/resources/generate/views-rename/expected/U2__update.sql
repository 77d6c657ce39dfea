-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER VIEW "rpt"."skus"
    RENAME TO "product_skus";

ALTER MATERIALIZED VIEW "rpt"."sku_totals"
    RENAME TO "sku_counts";

ALTER INDEX "rpt"."ux__sku_totals__sku"
    RENAME TO "ux__sku_counts__sku";

ALTER INDEX "rpt"."ix__sku_totals__n"
    RENAME TO "ix__sku_counts__n";

ALTER MATERIALIZED VIEW "rpt"."prices"
    RENAME TO "price_stats";

CREATE OR REPLACE VIEW "rpt"."busy_skus" AS
SELECT sku FROM rpt.sku_counts WHERE n > 1;
