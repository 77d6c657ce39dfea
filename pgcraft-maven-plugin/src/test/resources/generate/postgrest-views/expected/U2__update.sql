-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."sku_count";

DROP MATERIALIZED VIEW "rpt"."sku_count";

DROP VIEW "api"."prices";

DROP VIEW "rpt"."price_list";

DROP VIEW "api"."products";

ALTER TABLE "dim"."products"
    ALTER COLUMN "price" DROP DEFAULT,
    ALTER COLUMN "price" TYPE numeric(10,2) USING "price"::numeric(10,2),
    ALTER COLUMN "price" SET DEFAULT (0);

CREATE VIEW "api"."products" AS
SELECT "id", "sku", "price", "cost"
  FROM "dim"."products";
ALTER VIEW "api"."products" ALTER COLUMN "price" SET DEFAULT (0);

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "api"."products" TO "gold_user";

CREATE VIEW "rpt"."price_list" AS
SELECT id, sku, price, cost FROM dim.products;

CREATE VIEW "api"."prices" AS
SELECT "id", "sku", "price"
  FROM "rpt"."price_list";

GRANT SELECT ON TABLE "api"."prices" TO "gold_anon";

GRANT SELECT ON TABLE "api"."prices" TO "gold_user";

COMMENT ON VIEW "api"."prices" IS 'What each product costs';

COMMENT ON COLUMN "api"."prices"."price" IS 'Sale price';

COMMENT ON VIEW "rpt"."price_list" IS 'What each product costs';

COMMENT ON COLUMN "rpt"."price_list"."cost" IS 'Purchase price: not for the API';

COMMENT ON COLUMN "rpt"."price_list"."price" IS 'Sale price';

CREATE MATERIALIZED VIEW "rpt"."sku_count" AS
SELECT count(*) AS products FROM dim.products;

CREATE VIEW "api"."sku_count" AS
SELECT "products"
  FROM "rpt"."sku_count";

GRANT SELECT ON TABLE "api"."sku_count" TO "gold_user";

COMMENT ON VIEW "api"."sku_count" IS 'How many products there are';

COMMENT ON MATERIALIZED VIEW "rpt"."sku_count" IS 'How many products there are';
