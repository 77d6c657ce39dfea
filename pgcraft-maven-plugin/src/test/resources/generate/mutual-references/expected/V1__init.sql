-- pgcraft migration V1 (V1__init.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

CREATE SCHEMA IF NOT EXISTS "org";
