package dev.pgcraft.plugins.tenant;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code <tenant/>} on PostgreSQL: the column reaches every kind (tables, the appendOnly root, version log and
 * views, the eav view through its write functions, the ledger), unique keys are per tenant, and no row can
 * reference another tenant's row; a dimension that opts out is shared.
 */
@DbTest
class TenantOnPostgresTest {

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1">
              <plugins><tenant column="tenant_id" type="text"/></plugins>
              <schema name="dim">
                <simple name="countries">
                  <plugins><exclude plugin="tenant"/></plugins>
                  <column name="code" type="text" unique="true"/>
                </simple>
                <simple name="customers">
                  <column name="email" type="text" unique="true"/>
                  <column name="country_id" type="bigint" references="dim.countries"/>
                </simple>
                <appendOnly name="accounts">
                  <column name="customer_id" type="bigint" references="dim.customers"/>
                  <column name="iban" type="text" unique="true"/>
                </appendOnly>
                <eav name="prefs"><column name="theme" type="text"/></eav>
                <ledger name="journal">
                  <column name="account_id" type="bigint" nullable="false" references="dim.accounts"/>
                </ledger>
              </schema>
            </pgcraft>
            """;

    @TempDir
    Path temp;

    private ConnectionSettings db;

    @BeforeEach
    void applyModel() {
        db = TestPostgres.databaseWith(temp, MODEL);
    }

    @Test
    void everyKindHasTheTenantColumnAndTheSharedDimensionHasNone() {
        assertEquals(List.of("accounts", "accounts_attributes", "accounts_history", "accounts_root", "customers",
                        "journal", "prefs"),
                query(db, "SELECT table_name FROM information_schema.columns WHERE table_schema = 'dim'"
                        + " AND column_name = 'tenant_id' ORDER BY 1"));
        assertEquals("NO", queryOne(db, "SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_schema = 'dim' AND table_name = 'customers' AND column_name = 'tenant_id'"));
    }

    @Test
    void uniqueColumnsAreUniquePerTenant() {
        execute(db, "INSERT INTO dim.customers (tenant_id, email) VALUES ('a', 'x@example.com')");
        execute(db, "INSERT INTO dim.customers (tenant_id, email) VALUES ('b', 'x@example.com')");
        assertEquals("23505", sqlState("INSERT INTO dim.customers (tenant_id, email) VALUES ('a', 'x@example.com')"));
        execute(db, "INSERT INTO dim.accounts (tenant_id, iban) VALUES ('a', 'DE1')");
        execute(db, "INSERT INTO dim.accounts (tenant_id, iban) VALUES ('b', 'DE1')");
        assertEquals("23505", sqlState("INSERT INTO dim.accounts (tenant_id, iban) VALUES ('b', 'DE1')"));
    }

    @Test
    void aRowCannotReferenceAnotherTenantsRow() {
        String customer = queryOne(db, "INSERT INTO dim.customers (tenant_id, email) VALUES ('a', 'x') RETURNING id");
        String account = queryOne(db, "INSERT INTO dim.accounts (tenant_id, customer_id) VALUES ('a', " + customer
                + ") RETURNING id");
        assertEquals("23503", sqlState("INSERT INTO dim.accounts (tenant_id, customer_id) VALUES ('b', " + customer
                + ")"));
        execute(db, "INSERT INTO dim.journal (tenant_id, value, account_id) VALUES ('a', 5, " + account + ")");
        assertEquals("23503", sqlState("INSERT INTO dim.journal (tenant_id, value, account_id) VALUES ('b', 5, "
                + account + ")"));
        assertEquals("23503", sqlState("UPDATE dim.accounts SET tenant_id = 'b' WHERE id = " + account));
    }

    @Test
    void everyTenantReferencesTheSharedDimension() {
        String country = queryOne(db, "INSERT INTO dim.countries (code) VALUES ('DE') RETURNING id");
        execute(db, "INSERT INTO dim.customers (tenant_id, email, country_id) VALUES ('a', 'x', " + country + ")");
        execute(db, "INSERT INTO dim.customers (tenant_id, email, country_id) VALUES ('b', 'x', " + country + ")");
        assertEquals("2", queryOne(db, "SELECT count(*) FROM dim.customers WHERE country_id = " + country));
    }

    @Test
    void theTenantIsRequiredAndKeptThroughViews() {
        assertEquals("23502", sqlState("INSERT INTO dim.customers (email) VALUES ('x')"));
        assertEquals("23502", sqlState("INSERT INTO dim.prefs (theme) VALUES ('dark')"));
        String pref = queryOne(db, "INSERT INTO dim.prefs (tenant_id, theme) VALUES ('a', 'dark') RETURNING id");
        assertEquals("a|dark", queryOne(db, "SELECT tenant_id, theme FROM dim.prefs WHERE id = " + pref));
        String account = queryOne(db, "INSERT INTO dim.accounts (tenant_id, iban) VALUES ('a', 'DE1') RETURNING id");
        execute(db, "UPDATE dim.accounts SET iban = 'DE2' WHERE id = " + account);
        assertEquals(List.of("a|DE1", "a|DE2"), query(db, "SELECT tenant_id, iban FROM dim.accounts_history"
                + " WHERE id = " + account + " ORDER BY version_id"));
    }

    private String sqlState(String sql) {
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> execute(db, sql));
        return assertInstanceOf(SQLException.class, failed.getCause()).getSQLState();
    }
}
