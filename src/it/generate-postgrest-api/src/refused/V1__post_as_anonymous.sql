-- POST /products without a JWT: PostgREST switches to the anonymous role, which may only read.
SELECT set_config('role', 'it_anon', true), set_config('request.jwt.claims', '{}', true);
WITH pgrst_source AS (
    INSERT INTO api.products(sku) SELECT sku FROM json_populate_recordset(null::api.products, '[{"sku":"b"}]') _
    RETURNING api.products.*)
SELECT coalesce(json_agg(_postgrest_t), '[]')::text AS body FROM (SELECT * FROM pgrst_source) _postgrest_t;
