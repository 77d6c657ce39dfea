-- pgcraft migration U5 (U5__update.sql): undoes V5
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

CREATE VIEW "rpt"."amounts" AS
SELECT sku, amount::text AS amount FROM dim.prices;
