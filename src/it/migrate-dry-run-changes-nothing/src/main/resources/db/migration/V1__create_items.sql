CREATE TABLE items (id bigint PRIMARY KEY, title text NOT NULL);
