-- Another team's schema in the same database: not made by our migrations, so drift leaves it alone.
CREATE SCHEMA other;
CREATE TABLE other.notes (note text);
