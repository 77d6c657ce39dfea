-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."items";

ALTER TABLE "dim"."items"
    RENAME TO "products";

ALTER TABLE "dim"."products"
    RENAME COLUMN "code" TO "sku";

ALTER TABLE "dim"."products"
    RENAME CONSTRAINT "pk__items__id" TO "pk__products__id";

CREATE VIEW "api"."products" AS
SELECT "id", "sku"
  FROM "dim"."products";

GRANT SELECT ON TABLE "api"."products" TO "gold_anon";

COMMENT ON COLUMN "api"."products"."sku" IS 'Stock keeping unit';
