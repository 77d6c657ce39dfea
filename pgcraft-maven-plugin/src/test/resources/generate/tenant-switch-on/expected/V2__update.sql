-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "dim"."customers"
    DROP CONSTRAINT "uq__customers__email";

ALTER TABLE "dim"."customers"
    ADD COLUMN "tenant_id" text NOT NULL DEFAULT ('legacy');

ALTER TABLE "dim"."orders"
    ADD COLUMN "tenant_id" text NOT NULL DEFAULT ('legacy');

ALTER TABLE "dim"."customers"
    ADD CONSTRAINT "uq__customers__tenant_id_id" UNIQUE ("tenant_id", "id");

ALTER TABLE "dim"."orders"
    ADD CONSTRAINT "fk__orders__tenant_id_customer_id__customers" FOREIGN KEY ("tenant_id", "customer_id")
        REFERENCES "dim"."customers" ("tenant_id", "id")
        ON DELETE NO ACTION ON UPDATE NO ACTION NOT VALID;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"dim"."ux__customers__tenant_id_email"') AND NOT indisvalid) THEN
        DROP INDEX "dim"."ux__customers__tenant_id_email";
    END IF;
END
$pgcraft$;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "ux__customers__tenant_id_email"
    ON "dim"."customers" USING btree ("tenant_id", "email");

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"dim"."ix__orders__tenant_id"') AND NOT indisvalid) THEN
        DROP INDEX "dim"."ix__orders__tenant_id";
    END IF;
END
$pgcraft$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix__orders__tenant_id"
    ON "dim"."orders" USING btree ("tenant_id");

ALTER TABLE "dim"."orders"
    VALIDATE CONSTRAINT "fk__orders__tenant_id_customer_id__customers";
