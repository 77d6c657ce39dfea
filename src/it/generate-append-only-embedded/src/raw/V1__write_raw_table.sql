-- A direct write to a backing table: raw-table protection must refuse it.
UPDATE dim.prices_root SET amount = 0;
