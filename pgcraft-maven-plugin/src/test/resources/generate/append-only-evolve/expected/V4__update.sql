-- pgcraft migration V4 (V4__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."prices_history";

DROP VIEW "dim"."prices";

ALTER TABLE "dim"."prices_attributes"
    ALTER COLUMN "amount" TYPE numeric(14,4) USING "amount"::numeric(14,4);

ALTER TABLE "dim"."prices_root"
    ALTER COLUMN "amount" TYPE numeric(14,4) USING "amount"::numeric(14,4);

CREATE VIEW "dim"."prices" AS
SELECT r."id", r."created_at", r."updated_at", r."sku", r."label", r."amount", r."currency"
   FROM "dim"."prices_root" r;

CREATE TRIGGER "prices_delete"
    INSTEAD OF DELETE ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prices_delete"();

CREATE TRIGGER "prices_insert"
    INSTEAD OF INSERT ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prices_insert"();

CREATE TRIGGER "prices_update"
    INSTEAD OF UPDATE ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prices_update"();

COMMENT ON VIEW "dim"."prices" IS 'Price list, every change kept';

CREATE VIEW "dim"."prices_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."sku", a."label", a."amount", a."currency"
   FROM "dim"."prices_attributes" a;
