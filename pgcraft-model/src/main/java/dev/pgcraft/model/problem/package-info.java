/**
 * How pgcraft reports what went wrong: a {@link dev.pgcraft.model.problem.Problem} names where (file, line,
 * column), what was expected, what to do, and carries a stable code users can search for. <b>Stable API</b>: a
 * plugin or extension reports a problem in the user's model by throwing
 * {@link dev.pgcraft.model.problem.PgcraftException} with the element's position (from its spec or
 * {@code ExtensionElement}); {@link dev.pgcraft.model.problem.Suggestions} finds "did you mean" candidates.
 */
package dev.pgcraft.model.problem;
