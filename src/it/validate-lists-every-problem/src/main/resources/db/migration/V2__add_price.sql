ALTER TABLE items ADD COLUMN price numeric;
