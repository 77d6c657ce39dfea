-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP TABLE "dim"."suppliers";

ALTER TABLE "dim"."products"
    DROP CONSTRAINT "uq__products__sku";

ALTER TABLE "dim"."products"
    DROP CONSTRAINT "uq__products__gtin";

ALTER TABLE "dim"."products"
    DROP COLUMN "gtin";
