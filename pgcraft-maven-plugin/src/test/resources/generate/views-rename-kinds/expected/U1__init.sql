-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "rpt"."rate_count";

DROP VIEW "rpt"."colors";

DROP VIEW "dim"."rates";

DROP TABLE "dim"."rates_root";

DROP VIEW "dim"."rates_history";

DROP TABLE "dim"."rates_attributes";

DROP VIEW "dim"."features_history";

DROP VIEW "dim"."features";

DROP TABLE "dim"."features_entity";

DROP TABLE "dim"."features_attribute";

DROP FUNCTION "dim"."dim_rates_update"();

DROP FUNCTION "dim"."dim_rates_protect"();

DROP FUNCTION "dim"."dim_rates_insert"();

DROP FUNCTION "dim"."dim_rates_delete"();

DROP FUNCTION "dim"."dim_features_update"();

DROP FUNCTION "dim"."dim_features_protect"();

DROP FUNCTION "dim"."dim_features_insert"();

DROP FUNCTION "dim"."dim_features_delete"();

DROP SCHEMA "rpt";

DROP SCHEMA "dim";
