/**
 * Shared test fixtures for database tests: one embedded PostgreSQL per test JVM and a fresh database per
 * test, so DB tests stay isolated without paying a server start each.
 */
package dev.pgcraft.testing;
