-- A change made by hand on the existing database: the view's query is not the model's.
CREATE OR REPLACE VIEW rpt.expensive AS SELECT name, price FROM rpt.priced WHERE price > 1000;
