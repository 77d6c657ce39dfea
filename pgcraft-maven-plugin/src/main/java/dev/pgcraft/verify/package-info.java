/**
 * {@code verify}: the convergence check. Applies the migrations to one fresh database and the model, built from
 * scratch, to another, then compares the two catalogs; any difference means the migrations do not build what the
 * model says (a hand-edited migration, or a model change not generated yet).
 */
package dev.pgcraft.verify;
