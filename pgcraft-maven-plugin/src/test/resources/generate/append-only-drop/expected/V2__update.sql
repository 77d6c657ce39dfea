-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."stock";

DROP TABLE "dim"."reservations";

DROP TABLE "dim"."stock_root";

DROP VIEW "dim"."stock_history";

DROP TABLE "dim"."stock_attributes";

DROP FUNCTION "dim"."dim_stock_update"();

DROP FUNCTION "dim"."dim_stock_protect"();

DROP FUNCTION "dim"."dim_stock_insert"();

DROP FUNCTION "dim"."dim_stock_delete"();
