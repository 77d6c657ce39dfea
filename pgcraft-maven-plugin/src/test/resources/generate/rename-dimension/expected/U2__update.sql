-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "shop"."products"
    RENAME TO "items";

ALTER TABLE "shop"."items"
    RENAME CONSTRAINT "pk__products__id" TO "pk__items__id";

ALTER TABLE "shop"."items"
    RENAME CONSTRAINT "uq__products__sku" TO "uq__items__sku";

ALTER TABLE "shop"."items"
    RENAME CONSTRAINT "ck__products__price_positive" TO "ck__items__price_positive";

ALTER INDEX "shop"."ix__products__price"
    RENAME TO "ix__items__price";

ALTER TABLE "shop"."orders"
    RENAME CONSTRAINT "fk__orders__item_id__products" TO "fk__orders__item_id__items";
