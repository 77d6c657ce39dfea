-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP MATERIALIZED VIEW "rpt"."expensive_stats";

DROP VIEW "rpt"."expensive";

DROP VIEW "rpt"."product_prices";

DROP VIEW "rpt"."amounts";

DROP TABLE "dim"."products";

DROP VIEW "dim"."prices";

DROP TABLE "dim"."prices_root";

DROP VIEW "dim"."prices_history";

DROP TABLE "dim"."prices_attributes";

DROP FUNCTION "dim"."dim_prices_update"();

DROP FUNCTION "dim"."dim_prices_protect"();

DROP FUNCTION "dim"."dim_prices_insert"();

DROP FUNCTION "dim"."dim_prices_delete"();

DROP SCHEMA "rpt";

DROP SCHEMA "dim";
