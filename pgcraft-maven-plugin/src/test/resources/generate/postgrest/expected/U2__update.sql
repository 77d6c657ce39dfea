-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

REVOKE SELECT, INSERT, UPDATE ON TABLE "api"."products" FROM "gold_user";

GRANT SELECT ON TABLE "api"."prices" TO "gold_anon";

CREATE OR REPLACE VIEW "api"."products" AS
SELECT "id", "sku", "price"
  FROM "dim"."products";
ALTER VIEW "api"."products" ALTER COLUMN "price" SET DEFAULT (0);

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "api"."products" TO "gold_user";
