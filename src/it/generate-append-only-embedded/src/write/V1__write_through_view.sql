-- Writes through the view; fails the build unless the version log and the current state are as expected.
INSERT INTO dim.prices (sku, amount) VALUES ('A-1', 1.00);
UPDATE dim.prices SET amount = 2.00 WHERE sku = 'A-1';
UPDATE dim.prices SET amount = 2.00 WHERE sku = 'A-1';
DO $check$
BEGIN
    IF (SELECT amount FROM dim.prices WHERE sku = 'A-1') IS DISTINCT FROM 2.00
            OR (SELECT count(*) FROM dim.prices_history WHERE sku = 'A-1') <> 2
            OR (SELECT count(*) FROM dim.prices_attributes) <> 2 THEN
        RAISE EXCEPTION 'writes through dim.prices did not leave 2 versions and the current amount 2.00';
    END IF;
END
$check$;
