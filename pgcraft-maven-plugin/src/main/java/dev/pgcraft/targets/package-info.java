/**
 * One goal over many databases: the list of targets ({@code pgcraft.targets}), a runner that works on them with
 * bounded parallelism, each with its own connections, lock and history, and the summary table at the end. Knows
 * nothing of what the goal does: the caller hands it one task per target.
 */
package dev.pgcraft.targets;
