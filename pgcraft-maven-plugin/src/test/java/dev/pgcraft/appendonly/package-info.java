/**
 * Append-only dimensions on a real PostgreSQL 18: writes through the view, the version log and the root's pointer,
 * the history view, raw-table protection, NULLs, concurrent updates, and data kept across model evolution.
 */
package dev.pgcraft.appendonly;
