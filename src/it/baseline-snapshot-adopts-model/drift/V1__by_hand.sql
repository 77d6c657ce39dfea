-- A change made by hand on the existing database, which the model does not describe.
ALTER TABLE shop.items ADD COLUMN note text;
