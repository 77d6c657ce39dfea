/**
 * The {@code <ledger>} dimension kind: immutable entries in one table, balances and latest-entry views, the
 * minimum-balance and double-entry rules, and event functions, each built by a plugin of its own.
 */
package dev.pgcraft.kinds.ledger;
