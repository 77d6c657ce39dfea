-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."products";

ALTER TABLE "dim"."products"
    RENAME TO "items";

ALTER TABLE "dim"."items"
    RENAME COLUMN "sku" TO "code";

ALTER TABLE "dim"."items"
    RENAME CONSTRAINT "pk__products__id" TO "pk__items__id";

CREATE VIEW "api"."items" AS
SELECT "id", "code"
  FROM "dim"."items";

GRANT SELECT ON TABLE "api"."items" TO "gold_anon";

COMMENT ON COLUMN "api"."items"."code" IS 'Stock keeping unit';
