/**
 * PostgreSQL's lexical rules, in Java: where strings, quoted identifiers, dollar-quoted bodies and comments begin
 * and end ({@link dev.pgcraft.model.sql.SqlLexer}), and what makes a SQL fragment from {@code pgcraft.xml} exactly
 * one expression or one query ({@link dev.pgcraft.model.sql.SqlFragment}); quoting and escaping
 * ({@link dev.pgcraft.model.sql.SqlText}); type names in PostgreSQL's canonical spelling
 * ({@link dev.pgcraft.model.sql.ColumnTypes}). <b>Stable API</b>: plugins and extensions that take SQL from the
 * model check it with {@code SqlFragment} before it goes into a file, and quote every name with {@code SqlText}.
 */
package dev.pgcraft.model.sql;
