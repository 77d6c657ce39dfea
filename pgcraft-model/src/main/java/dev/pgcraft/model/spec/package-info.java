/**
 * The immutable spec stage: what the model says, checked, with canonical types and source positions, as plain
 * records. Plugins, kinds and extensions read these, never the JAXB binding of {@code pgcraft.xml}: a spec cannot be
 * changed behind another plugin's back, and a model transform (a tenant column, say) is a function from one spec to
 * the next. Renames ({@code previousName}) are a {@link dev.pgcraft.model.spec.RenameMap} applied to a spec
 * ({@link dev.pgcraft.model.spec.ModelSpec#underPreviousNames()}), never a second read of the file.
 *
 * <p><b>Stable API</b>: third-party plugins and extensions may rely on every public type here; records gain
 * components only in a new major version.
 */
package dev.pgcraft.model.spec;
