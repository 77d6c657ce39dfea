-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP TABLE "ops"."stock_moves_balances";

DROP FUNCTION "ops"."ops_stock_moves_receive"(bigint, integer);

DROP TABLE "ops"."stock_moves";

DROP TABLE "ops"."orders";

DROP FUNCTION "ops"."ops_stock_moves_min_balance"();

DROP FUNCTION "ops"."ops_stock_moves_immutable"();

DROP FUNCTION "ops"."ops_stock_moves_balances_maintain"();

DROP VIEW "dim"."price_history";

DROP TABLE "dim"."price_history_root";

DROP TABLE "dim"."products";

DROP VIEW "dim"."product_features_history";

DROP VIEW "dim"."product_features";

DROP TABLE "dim"."product_features_entity";

DROP TABLE "dim"."product_features_attribute";

DROP VIEW "dim"."price_history_history";

DROP TABLE "dim"."price_history_attributes";

DROP FUNCTION "dim"."dim_product_features_update"();

DROP FUNCTION "dim"."dim_product_features_protect"();

DROP FUNCTION "dim"."dim_product_features_insert"();

DROP FUNCTION "dim"."dim_product_features_delete"();

DROP FUNCTION "dim"."dim_price_history_update"();

DROP FUNCTION "dim"."dim_price_history_protect"();

DROP FUNCTION "dim"."dim_price_history_insert"();

DROP FUNCTION "dim"."dim_price_history_delete"();

DROP TABLE "dim"."categories";

DROP SCHEMA "ops";

DROP SCHEMA "dim";
