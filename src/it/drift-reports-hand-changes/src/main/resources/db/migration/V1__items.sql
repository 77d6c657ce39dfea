CREATE SCHEMA app;
CREATE TABLE app.items (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX ix_items_name ON app.items (name);
