/**
 * Connecting to PostgreSQL and describing its errors, kept apart so that migrate, info and the embedded
 * server all say the same thing when a connection or a statement fails.
 */
package dev.pgcraft.db;
