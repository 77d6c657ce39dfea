-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';

DROP TABLE "ops"."orders";

DROP VIEW "dim"."price_history";

DROP TABLE "dim"."price_history_root";

DROP TABLE "dim"."products";

DROP VIEW "dim"."price_history_history";

DROP TABLE "dim"."price_history_attributes";

DROP FUNCTION "dim"."dim_price_history_update"();

DROP FUNCTION "dim"."dim_price_history_protect"();

DROP FUNCTION "dim"."dim_price_history_insert"();

DROP FUNCTION "dim"."dim_price_history_delete"();

DROP TABLE "dim"."categories";

DROP SCHEMA "ops";

DROP SCHEMA "dim";
