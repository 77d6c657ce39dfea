/** Convergence of generated migrations with the model built from scratch, over seeded random model evolutions. */
package dev.pgcraft.convergence;
