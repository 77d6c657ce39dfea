package dev.pgcraft.postgrest;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;

/**
 * {@code <rest:postgrest>}: the API as a whole.
 *
 * @param schema        the api schema PostgREST serves
 * @param authenticator the role PostgREST logs in as
 * @param anonRole      the role of requests without a JWT
 * @param security      whose rights the api views use
 * @param roles         the declared roles, in document order
 * @param notifyChannel the channel PostgREST listens on for schema cache reloads
 * @param privateSchema the schema of the API's helpers (the claims function), which PostgREST does not serve
 * @param tenant        {@code <rest:tenantFromClaim>}, or {@code null}
 * @param location      where the element is
 */
record ApiSettings(String schema, String authenticator, String anonRole, Security security, List<String> roles,
                   String notifyChannel, String privateSchema, Tenant tenant, SourceLocation location) {

    ApiSettings {
        roles = List.copyOf(roles);
    }

    /** The roles a grant may name: the anonymous role, then the declared ones. */
    List<String> grantees() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(anonRole), roles.stream()).toList();
    }

    /**
     * {@code <rest:tenantFromClaim claim="…"/>}: rows isolated per tenant by row-level security.
     *
     * @param claim  the JWT claim naming the request's tenant
     * @param column the tenant column the built-in {@code <tenant/>} plugin puts into every dimension
     */
    record Tenant(String claim, String column) {
    }

    /** {@code security="…"}. */
    enum Security { DEFINER, INVOKER }
}
