/**
 * How pgcraft reports what went wrong: a {@link dev.pgcraft.model.problem.Problem} names where (file, line,
 * column), what was expected, what to do, and carries a stable code users can search for.
 */
package dev.pgcraft.model.problem;
