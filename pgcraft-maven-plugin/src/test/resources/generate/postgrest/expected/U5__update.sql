-- pgcraft migration U5 (U5__update.sql): undoes V5
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

REVOKE USAGE ON SCHEMA "ops" FROM "gold_user";

REVOKE SELECT ON TABLE "ops"."journal_balances" FROM "gold_user";

REVOKE SELECT, INSERT ON TABLE "ops"."journal" FROM "gold_user";

REVOKE SELECT, INSERT, UPDATE ON TABLE "dim"."products" FROM "gold_user";

REVOKE SELECT ON TABLE "dim"."products" FROM "gold_anon";

REVOKE USAGE ON SCHEMA "dim" FROM "gold_user";

REVOKE USAGE ON SCHEMA "dim" FROM "gold_anon";

DROP VIEW "api"."products";

DROP VIEW "api"."journal_balances";

DROP VIEW "api"."journal";

CREATE VIEW "api"."journal" AS
SELECT "id", "entry_id", "created_at", "value", "account"
  FROM "ops"."journal";

GRANT SELECT, INSERT ON TABLE "api"."journal" TO "gold_user";

CREATE VIEW "api"."journal_balances" AS
SELECT "account", "balance"
  FROM "ops"."journal_balances";

GRANT SELECT ON TABLE "api"."journal_balances" TO "gold_user";

CREATE VIEW "api"."products" AS
SELECT "id", "sku", "price"
  FROM "dim"."products";
ALTER VIEW "api"."products" ALTER COLUMN "price" SET DEFAULT (0);

GRANT SELECT ON TABLE "api"."products" TO "gold_anon";

GRANT SELECT, INSERT, UPDATE ON TABLE "api"."products" TO "gold_user";

COMMENT ON VIEW "api"."products" IS 'Things we sell';

COMMENT ON COLUMN "api"."products"."sku" IS 'Stock keeping unit';
