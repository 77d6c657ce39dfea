/**
 * The snapshot: the last generated {@code SchemaState}, stored beside the migrations as stable, pretty-printed
 * JSON (sorted objects, fixed field order, {@code \n} endings) so it reviews well in a pull request and the next
 * {@code generate} can diff against it without a database. JSON is written and read by a small codec over the
 * model's records, not a library: the format is ours to keep stable.
 *
 * <h2>Compatibility rule</h2>
 * Users commit the snapshot, so its format is a contract, pinned by frozen files of every format ever written
 * ({@code src/test/resources/snapshot-fixtures/}, never edited once added) and by the golden cases'
 * {@code expected/pgcraft-snapshot.json}:
 * <ol>
 *   <li><b>Old files load.</b> Every snapshot an earlier release wrote is read by every later one. A new release
 *       that cannot keep this must raise {@code format} and keep a reader for the old number (format 1, without
 *       the migration chain, is still read and its chain computed).</li>
 *   <li><b>An upgrade alone writes nothing.</b> {@code generate} against an old snapshot of an unchanged model
 *       finds nothing to do, unless the new release deliberately generates different SQL for that model (then
 *       that change is the migration, and its golden cases say so).</li>
 *   <li><b>New fields are optional.</b> A field added to a stored record must read back from a file without it: an
 *       absent field is {@code null}, {@code false} or an empty list, and that value must mean "unknown" or "as
 *       before". A field derived from the others (a view's output columns, a function's row types) is completed
 *       from the model by {@link dev.pgcraft.snapshot.OlderFormats} when the stored object is otherwise the same.
 *       </li>
 *   <li><b>Nothing is renamed or removed.</b> Field names, object kinds ({@code "kind"}, a record's name with a
 *       lower-case first letter) and enum constants keep their spelling; a record component that is no longer
 *       needed is still accepted when read.</li>
 *   <li><b>Lists that are sets may come in any order.</b> Writers sort what they can; readers and the diff must not
 *       depend on the order of a dependency list.</li>
 *   <li><b>Adding a format means adding a fixture</b>: a model and the files the release wrote for it, in a new
 *       folder under {@code snapshot-fixtures/}, with a line in its README saying which commit wrote it.</li>
 * </ol>
 * A damaged file (bad JSON, a missing required field) is {@code PGC-SNAPSHOT-CORRUPT} at its {@code file:line:col};
 * a format number this release does not know is {@code PGC-SNAPSHOT-FORMAT}.
 */
package dev.pgcraft.snapshot;
