CREATE TABLE items (id int PRIMARY KEY, sku text NOT NULL);
-- Two rows share a sku: V2's unique index cannot be built until one goes.
INSERT INTO items VALUES (1, 'A-1'), (2, 'A-1');
