-- POST /products and GET /products as PostgREST sends them for a JWT with role it_user: the role and claims set
-- for the transaction, then PostgREST's statement shape; fails the build unless the stored row comes back.
SELECT set_config('role', 'it_user', true), set_config('request.jwt.claims', '{"role":"it_user"}', true),
       set_config('request.method', 'POST', true), set_config('request.path', '/products', true);
CREATE TEMPORARY TABLE it_response ON COMMIT DROP AS
WITH pgrst_source AS (
    INSERT INTO api.products(sku) SELECT sku FROM json_populate_recordset(null::api.products, '[{"sku":"a-1"}]') _
    RETURNING api.products.*)
SELECT coalesce(json_agg(_postgrest_t), '[]')::text AS body FROM (SELECT * FROM pgrst_source) _postgrest_t;
DO $check$
BEGIN
    IF (SELECT body::json->0->>'price' FROM it_response) <> '0.00'
            OR (SELECT body::json->0->>'id' FROM it_response) IS NULL
            OR (SELECT position('"notes"' in body) FROM it_response) > 0 THEN
        RAISE EXCEPTION 'POST /products did not return the stored row: %', (SELECT body FROM it_response);
    END IF;
    IF (SELECT count(*) FROM api.products WHERE sku = 'a-1') <> 1 THEN
        RAISE EXCEPTION 'GET /products does not show the posted row';
    END IF;
END
$check$;
RESET ROLE;
