-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "ops"."stock_balances";

DROP TABLE "ops"."stock";

DROP FUNCTION "ops"."ops_stock_immutable"();

DROP TABLE "dim"."products";

DROP VIEW "dim"."prices";

DROP TABLE "dim"."prices_root";

DROP VIEW "dim"."prices_history";

DROP TABLE "dim"."prices_attributes";

DROP VIEW "dim"."features_history";

DROP VIEW "dim"."features";

DROP TABLE "dim"."features_entity";

DROP TABLE "dim"."features_attribute";

DROP FUNCTION "dim"."dim_prices_update"();

DROP FUNCTION "dim"."dim_prices_protect"();

DROP FUNCTION "dim"."dim_prices_insert"();

DROP FUNCTION "dim"."dim_prices_delete"();

DROP FUNCTION "dim"."dim_features_update"();

DROP FUNCTION "dim"."dim_features_protect"();

DROP FUNCTION "dim"."dim_features_insert"();

DROP FUNCTION "dim"."dim_features_delete"();

DROP SCHEMA "ops";

DROP SCHEMA "dim";
