-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';

DROP TABLE "ops"."orders";

DROP TABLE "dim"."products";

DROP VIEW "dim"."product_features_history";

DROP VIEW "dim"."product_features";

DROP TABLE "dim"."product_features_entity";

DROP TABLE "dim"."product_features_attribute";

DROP FUNCTION "dim"."dim_product_features_update"();

DROP FUNCTION "dim"."dim_product_features_protect"();

DROP FUNCTION "dim"."dim_product_features_insert"();

DROP FUNCTION "dim"."dim_product_features_delete"();

DROP TABLE "dim"."categories";

DROP SCHEMA "ops";

DROP SCHEMA "dim";
