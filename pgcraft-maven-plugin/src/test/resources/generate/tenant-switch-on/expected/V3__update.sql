-- pgcraft migration V3 (V3__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "dim"."customers"
    ALTER COLUMN "tenant_id" DROP DEFAULT;

ALTER TABLE "dim"."orders"
    ALTER COLUMN "tenant_id" DROP DEFAULT;
