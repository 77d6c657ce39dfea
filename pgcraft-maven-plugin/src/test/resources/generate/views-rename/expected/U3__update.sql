-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:refresh "rpt"."sku_totals" concurrently

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP MATERIALIZED VIEW "rpt"."top_price";

DROP VIEW "rpt"."skus";

DROP VIEW "rpt"."busy_skus";

DROP MATERIALIZED VIEW "rpt"."sku_totals";

ALTER TABLE "dim"."products"
    ALTER COLUMN "price" TYPE numeric(10,2) USING "price"::numeric(10,2);

CREATE MATERIALIZED VIEW "rpt"."prices" AS
SELECT max(price) AS top FROM dim.products;

CREATE INDEX "price_stats_top"
    ON "rpt"."prices" USING btree ("top");

CREATE MATERIALIZED VIEW "rpt"."sku_totals" AS
SELECT sku, count(*) AS n FROM dim.products GROUP BY sku
WITH NO DATA;

CREATE VIEW "rpt"."busy_skus" AS
SELECT sku FROM rpt.sku_totals WHERE n > 1;

CREATE INDEX "ix__sku_totals__n"
    ON "rpt"."sku_totals" USING btree ("n");

CREATE UNIQUE INDEX "ux__sku_totals__sku"
    ON "rpt"."sku_totals" USING btree ("sku");

COMMENT ON MATERIALIZED VIEW "rpt"."sku_totals" IS 'Products per sku';

CREATE VIEW "rpt"."skus" AS
SELECT id, sku FROM dim.products;

COMMENT ON VIEW "rpt"."skus" IS 'What we sell';

COMMENT ON COLUMN "rpt"."skus"."sku" IS 'Stock keeping unit';
