-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "rpt"."busy_skus";

DROP MATERIALIZED VIEW "rpt"."sku_counts";

DROP VIEW "rpt"."product_skus";

DROP MATERIALIZED VIEW "rpt"."price_stats";

DROP TABLE "dim"."products";

DROP SCHEMA "rpt";

DROP SCHEMA "dim";
