-- Writes through the view, then fails the build unless the view and the history show exactly what was written.
INSERT INTO dim.features (color) VALUES ('blue');
UPDATE dim.features SET color = 'red', size = 2;
DO $check$
BEGIN
    IF (SELECT count(*) FROM dim.features WHERE color = 'red' AND size = 2) <> 1
            OR (SELECT count(*) FROM dim.features_history) <> 4
            OR (SELECT count(*) FROM dim.features_attribute WHERE superseded_at IS NULL) <> 2 THEN
        RAISE EXCEPTION 'writes through dim.features did not give the expected rows';
    END IF;
END
$check$;
