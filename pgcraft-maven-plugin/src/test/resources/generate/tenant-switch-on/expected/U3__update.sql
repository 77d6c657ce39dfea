-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "dim"."customers"
    ALTER COLUMN "tenant_id" SET DEFAULT ('legacy');

ALTER TABLE "dim"."orders"
    ALTER COLUMN "tenant_id" SET DEFAULT ('legacy');
