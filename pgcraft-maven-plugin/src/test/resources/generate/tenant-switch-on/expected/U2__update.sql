-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "dim"."orders"
    DROP CONSTRAINT "fk__orders__tenant_id_customer_id__customers";

ALTER TABLE "dim"."customers"
    DROP CONSTRAINT "uq__customers__tenant_id_id";

ALTER TABLE "dim"."customers"
    DROP COLUMN "tenant_id";

ALTER TABLE "dim"."orders"
    DROP COLUMN "tenant_id";

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DROP INDEX CONCURRENTLY IF EXISTS "dim"."ix__orders__tenant_id";

DROP INDEX CONCURRENTLY IF EXISTS "dim"."ux__customers__tenant_id_email";

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"dim"."uq__customers__email"') AND NOT indisvalid) THEN
        DROP INDEX "dim"."uq__customers__email";
    END IF;
END
$pgcraft$;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "uq__customers__email"
    ON "dim"."customers" ("email");
DO $pgcraft$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('"dim"."customers"') AND conname = 'uq__customers__email') THEN
        ALTER TABLE "dim"."customers"
            ADD CONSTRAINT "uq__customers__email" UNIQUE USING INDEX "uq__customers__email";
    END IF;
END
$pgcraft$;
