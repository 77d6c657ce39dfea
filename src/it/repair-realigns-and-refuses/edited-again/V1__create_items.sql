-- Reformatted after it was applied: the statement is the same, the checksum is not.
CREATE TABLE items (
    id bigint PRIMARY KEY,
    title text NOT NULL
);
-- edited once more
