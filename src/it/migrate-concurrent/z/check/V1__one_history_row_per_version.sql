-- Fails the build unless the two concurrent migrates left exactly one successful history row per version,
-- and applied V2's insert exactly once.
DO $$
DECLARE
    rows_per_version text;
BEGIN
    SELECT string_agg(coalesce(version, 'null') || ':' || n, ', ' ORDER BY version)
      INTO rows_per_version
      FROM (SELECT version, count(*) AS n FROM public.pgcraft_schema_history GROUP BY version) AS counts;
    IF rows_per_version IS DISTINCT FROM '1:1, 2:1, 3:1' THEN
        RAISE EXCEPTION 'expected history rows per version 1:1, 2:1, 3:1 but found %', rows_per_version;
    END IF;
    IF (SELECT count(*) FROM public.pgcraft_schema_history WHERE NOT success) <> 0 THEN
        RAISE EXCEPTION 'the history table has failed rows';
    END IF;
    IF (SELECT count(*) FROM accounts) <> 1 THEN
        RAISE EXCEPTION 'V2 inserted % accounts, expected 1', (SELECT count(*) FROM accounts);
    END IF;
END
$$;
