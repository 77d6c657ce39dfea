CREATE TABLE items (id int PRIMARY KEY, title text NOT NULL);
INSERT INTO items VALUES (1, 'kept');
