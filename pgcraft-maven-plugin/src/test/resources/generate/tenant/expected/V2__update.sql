-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."prefs_history";

ALTER TABLE "dim"."prefs_attribute"
    DROP CONSTRAINT "ck__prefs_attribute__one_value";

DROP VIEW "dim"."accounts_history";

DROP VIEW "dim"."accounts";

ALTER TABLE "dim"."customers"
    RENAME TO "clients";

ALTER TABLE "dim"."clients"
    RENAME COLUMN "email" TO "mail";

ALTER TABLE "dim"."accounts_attributes"
    RENAME COLUMN "customer_id" TO "client_id";

ALTER TABLE "dim"."accounts_root"
    RENAME COLUMN "customer_id" TO "client_id";

ALTER TABLE "dim"."clients"
    RENAME CONSTRAINT "pk__customers__id" TO "pk__clients__id";

ALTER INDEX "dim"."ux__customers__tenant_id_email"
    RENAME TO "ux__clients__tenant_id_mail";

ALTER TABLE "dim"."clients"
    RENAME CONSTRAINT "fk__customers__country_id__countries" TO "fk__clients__country_id__countries";

ALTER TABLE "dim"."accounts_root"
    RENAME CONSTRAINT "fk__accounts_root__customer_id__customers" TO "fk__accounts_root__client_id__clients";

ALTER TABLE "dim"."clients"
    RENAME CONSTRAINT "uq__customers__tenant_id_id" TO "uq__clients__tenant_id_id";

ALTER TABLE "dim"."accounts_root"
    RENAME CONSTRAINT "fk__accounts_root__tenant_id_customer_id__customers" TO "fk__accounts_root__tenant_id_client_id__clients";

ALTER TABLE "dim"."clients"
    ADD COLUMN "created_at" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "dim"."clients"
    ADD COLUMN "updated_at" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "dim"."countries"
    ADD COLUMN "created_at" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "dim"."countries"
    ADD COLUMN "updated_at" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "dim"."prefs_attribute"
    ADD COLUMN "value_timestamptz" timestamp with time zone;

CREATE VIEW "dim"."accounts" AS
SELECT r."id", r."created_at", r."updated_at", r."tenant_id", r."client_id"
   FROM "dim"."accounts_root" r;

CREATE TRIGGER "accounts_delete"
    INSTEAD OF DELETE ON "dim"."accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_accounts_delete"();

CREATE VIEW "dim"."accounts_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."tenant_id", a."client_id"
   FROM "dim"."accounts_attributes" a;

CREATE OR REPLACE FUNCTION "dim"."dim_accounts_insert"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_id bigint;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."tenant_id" IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'null value in column "tenant_id" of dim.accounts violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'tenant_id', HINT = 'Give "tenant_id" a value: dim.accounts declares it nullable="false".';
    END IF;
    v_id := pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('"dim"."accounts_root"', 'id')::pg_catalog.regclass);
    INSERT INTO "dim"."accounts_attributes" ("root_id", "created_at", "tenant_id", "client_id")
        VALUES (v_id, v_now, NEW."tenant_id", NEW."client_id")
        RETURNING "id" INTO v_version;
    INSERT INTO "dim"."accounts_root" ("id", "created_at", "updated_at", "accounts_attributes_id", "tenant_id", "client_id")
        VALUES (v_id, v_now, v_now, v_version, NEW."tenant_id", NEW."client_id");
    NEW."id" := v_id;
    NEW."created_at" := v_now;
    NEW."updated_at" := v_now;
    RETURN NEW;
END;$pgcraft$;

CREATE TRIGGER "accounts_insert"
    INSTEAD OF INSERT ON "dim"."accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_accounts_insert"();

CREATE OR REPLACE FUNCTION "dim"."dim_accounts_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_current "dim"."accounts_root"%ROWTYPE;
    v_changed pg_catalog.bool := false;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."id" IS DISTINCT FROM OLD."id" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "id" of dim.accounts cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'id', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "created_at" of dim.accounts cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'created_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "updated_at" of dim.accounts cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'updated_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    SELECT * INTO v_current FROM "dim"."accounts_root" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."tenant_id" IS DISTINCT FROM OLD."tenant_id" AND NEW."tenant_id" IS DISTINCT FROM v_current."tenant_id" THEN
        v_current."tenant_id" := NEW."tenant_id";
        v_changed := true;
    END IF;
    IF NEW."client_id" IS DISTINCT FROM OLD."client_id" AND NEW."client_id" IS DISTINCT FROM v_current."client_id" THEN
        v_current."client_id" := NEW."client_id";
        v_changed := true;
    END IF;
    IF v_changed THEN
        IF v_current."tenant_id" IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'null value in column "tenant_id" of dim.accounts violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
                TABLE = 'accounts', COLUMN = 'tenant_id', HINT = 'Give "tenant_id" a value: dim.accounts declares it nullable="false".';
        END IF;
        INSERT INTO "dim"."accounts_attributes" ("root_id", "created_at", "tenant_id", "client_id")
            VALUES (OLD."id", v_now, v_current."tenant_id", v_current."client_id")
            RETURNING "id" INTO v_version;
        UPDATE "dim"."accounts_root" SET "updated_at" = v_now, "accounts_attributes_id" = v_version, "tenant_id" = v_current."tenant_id", "client_id" = v_current."client_id"
            WHERE "id" = OLD."id";
        v_current."updated_at" := v_now;
    END IF;
    NEW."id" := v_current."id";
    NEW."created_at" := v_current."created_at";
    NEW."updated_at" := v_current."updated_at";
    NEW."tenant_id" := v_current."tenant_id";
    NEW."client_id" := v_current."client_id";
    RETURN NEW;
END;$pgcraft$;

CREATE TRIGGER "accounts_update"
    INSTEAD OF UPDATE ON "dim"."accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_accounts_update"();

CREATE FUNCTION "dim"."dim_clients_touch"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    NEW."updated_at" := pg_catalog.now();
    RETURN NEW;
END;$pgcraft$;

CREATE TRIGGER "clients_touch"
    BEFORE UPDATE ON "dim"."clients"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_clients_touch"();

CREATE FUNCTION "dim"."dim_countries_touch"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    NEW."updated_at" := pg_catalog.now();
    RETURN NEW;
END;$pgcraft$;

CREATE TRIGGER "countries_touch"
    BEFORE UPDATE ON "dim"."countries"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_countries_touch"();

CREATE OR REPLACE FUNCTION "dim"."dim_prefs_insert"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
DECLARE
    pgcraft_failed boolean;
BEGIN
    IF NEW."updated_at" IS NULL THEN
        NEW."updated_at" := (now())::timestamp with time zone;
    END IF;
    IF NEW."id" IS NULL THEN
        INSERT INTO "dim"."prefs_entity" DEFAULT VALUES
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    ELSE
        INSERT INTO "dim"."prefs_entity" ("id") VALUES (NEW."id")
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    END IF;
    IF NEW."tenant_id" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'tenant_id', 'dim.prefs'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'prefs', COLUMN = 'tenant_id',
                  HINT = 'Column ' || 'tenant_id' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."updated_at" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'updated_at', 'dim.prefs'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'prefs', COLUMN = 'updated_at',
                  HINT = 'Column ' || 'updated_at' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."tenant_id" IS NOT NULL THEN
        INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_uuid")
            VALUES (NEW."id", 'tenant_id', NEW."tenant_id");
    END IF;
    IF NEW."theme" IS NOT NULL THEN
        INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'theme', NEW."theme");
    END IF;
    IF NEW."updated_at" IS NOT NULL THEN
        INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_timestamptz")
            VALUES (NEW."id", 'updated_at', NEW."updated_at");
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE FUNCTION "dim"."dim_prefs_touch"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    NEW."updated_at" := pg_catalog.now();
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_prefs_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
DECLARE
    pgcraft_failed boolean;
BEGIN
    PERFORM 1 FROM "dim"."prefs_entity" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION 'the id and created_at of eav dimension % cannot be changed', 'dim.prefs'
            USING ERRCODE = 'feature_not_supported', SCHEMA = 'dim', TABLE = 'prefs',
                  HINT = 'Insert a new entity and delete the old one instead.';
    END IF;
    IF NEW."tenant_id" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'tenant_id', 'dim.prefs'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'prefs', COLUMN = 'tenant_id',
                  HINT = 'Column ' || 'tenant_id' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."updated_at" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'updated_at', 'dim.prefs'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'prefs', COLUMN = 'updated_at',
                  HINT = 'Column ' || 'updated_at' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."tenant_id" IS DISTINCT FROM OLD."tenant_id" THEN
        UPDATE "dim"."prefs_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'tenant_id' AND "superseded_at" IS NULL
              AND "value_uuid" IS DISTINCT FROM NEW."tenant_id";
        IF FOUND OR (NEW."tenant_id" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."prefs_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'tenant_id' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_uuid")
                VALUES (OLD."id", 'tenant_id', NEW."tenant_id");
        END IF;
    END IF;
    IF NEW."theme" IS DISTINCT FROM OLD."theme" THEN
        UPDATE "dim"."prefs_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'theme' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."theme";
        IF FOUND OR (NEW."theme" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."prefs_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'theme' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'theme', NEW."theme");
        END IF;
    END IF;
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        UPDATE "dim"."prefs_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'updated_at' AND "superseded_at" IS NULL
              AND "value_timestamptz" IS DISTINCT FROM NEW."updated_at";
        IF FOUND OR (NEW."updated_at" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."prefs_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'updated_at' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_timestamptz")
                VALUES (OLD."id", 'updated_at', NEW."updated_at");
        END IF;
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE VIEW "dim"."prefs" AS
SELECT e."id",
       e."created_at",
       c."tenant_id",
       c."theme",
       c."updated_at"
FROM "dim"."prefs_entity" e
LEFT JOIN (SELECT a."entity_id",
                  CAST(any_value(a."value_uuid") FILTER (WHERE a."attribute_name" = 'tenant_id') AS uuid) AS "tenant_id",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'theme') AS text) AS "theme",
                  CAST(any_value(a."value_timestamptz") FILTER (WHERE a."attribute_name" = 'updated_at') AS timestamp with time zone) AS "updated_at"
           FROM "dim"."prefs_attribute" a
           WHERE a."superseded_at" IS NULL
           GROUP BY a."entity_id") c ON c."entity_id" = e."id";

CREATE TRIGGER "prefs_touch"
    INSTEAD OF UPDATE ON "dim"."prefs"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prefs_touch"();

ALTER TABLE "dim"."prefs_attribute"
    ADD CONSTRAINT "ck__prefs_attribute__one_value" CHECK (num_nonnulls("value_text", "value_timestamptz", "value_uuid") <= 1) NOT VALID;

CREATE VIEW "dim"."prefs_history" AS
SELECT a."id",
       a."entity_id",
       a."attribute_name",
       COALESCE(a."value_text"::text, a."value_timestamptz"::text, a."value_uuid"::text) AS "value",
       a."created_at" AS "valid_from",
       a."superseded_at" AS "valid_to"
FROM "dim"."prefs_attribute" a;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

ALTER TABLE "dim"."prefs_attribute"
    VALIDATE CONSTRAINT "ck__prefs_attribute__one_value";
