-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "shop"."items"
    RENAME TO "products";

ALTER TABLE "shop"."products"
    RENAME CONSTRAINT "pk__items__id" TO "pk__products__id";

ALTER TABLE "shop"."products"
    RENAME CONSTRAINT "uq__items__sku" TO "uq__products__sku";

ALTER TABLE "shop"."products"
    RENAME CONSTRAINT "ck__items__price_positive" TO "ck__products__price_positive";

ALTER INDEX "shop"."ix__items__price"
    RENAME TO "ix__products__price";

ALTER TABLE "shop"."orders"
    RENAME CONSTRAINT "fk__orders__item_id__items" TO "fk__orders__item_id__products";
