-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "shop"."items"
    RENAME COLUMN "sku" TO "code";

ALTER TABLE "shop"."items"
    RENAME COLUMN "title" TO "name";

ALTER TABLE "shop"."items"
    RENAME CONSTRAINT "uq__items__sku" TO "uq__items__code";

ALTER INDEX "shop"."ix__items__title_sku"
    RENAME TO "ix__items__name_code";

ALTER TABLE "shop"."items"
    ALTER COLUMN "name" TYPE character varying(40) USING "name"::character varying(40);
