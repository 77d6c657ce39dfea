/**
 * PostgreSQL's lexical rules, in Java: where strings, quoted identifiers, dollar-quoted bodies and comments begin
 * and end ({@link dev.pgcraft.model.sql.SqlLexer}), and what makes a SQL fragment from {@code pgcraft.xml} exactly
 * one expression or one query ({@link dev.pgcraft.model.sql.SqlFragment}). Stable API: plugins and extensions that
 * take SQL from the model check it with {@code SqlFragment} before it goes into a file.
 */
package dev.pgcraft.model.sql;
