-- The database as it was before pgcraft: built by hand (recorded in a history table of its own only so this IT can
-- build it with pgcraft:migrate).
CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO items VALUES (1, 'kept');
