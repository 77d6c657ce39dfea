-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "shop"."items"
    RENAME COLUMN "code" TO "sku";

ALTER TABLE "shop"."items"
    RENAME COLUMN "name" TO "title";

ALTER TABLE "shop"."items"
    RENAME CONSTRAINT "uq__items__code" TO "uq__items__sku";

ALTER INDEX "shop"."ix__items__name_code"
    RENAME TO "ix__items__title_sku";

ALTER TABLE "shop"."items"
    ALTER COLUMN "title" TYPE character varying(80) USING "title"::character varying(80);
