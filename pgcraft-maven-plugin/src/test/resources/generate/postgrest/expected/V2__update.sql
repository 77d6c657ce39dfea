-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."products";

REVOKE SELECT ON TABLE "api"."prices" FROM "gold_anon";

CREATE VIEW "api"."products" AS
SELECT "id", "sku"
  FROM "dim"."products";

GRANT SELECT ON TABLE "api"."products" TO "gold_anon";

GRANT SELECT, INSERT, UPDATE ON TABLE "api"."products" TO "gold_user";

COMMENT ON VIEW "api"."products" IS 'Things we sell';

COMMENT ON COLUMN "api"."products"."sku" IS 'Stock keeping unit';
