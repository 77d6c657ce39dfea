/**
 * The snapshot: the last generated {@code SchemaState}, stored beside the migrations as stable, pretty-printed
 * JSON (sorted objects, fixed field order, {@code \n} endings) so it reviews well in a pull request and the next
 * {@code generate} can diff against it without a database. JSON is written and read by a small codec over the
 * model's records, not a library: the format is ours to keep stable.
 */
package dev.pgcraft.snapshot;
