/**
 * Loading {@code pgcraft.xml}: {@link dev.pgcraft.load.ConfigLoader} reads and XSD-validates it through the
 * model's {@code ConfigReader}, then {@link dev.pgcraft.load.ConfigChecker} applies the rules XML Schema cannot
 * express (unique names, resolvable references, PostgreSQL limits and type names, and each kind's own rules),
 * reporting every problem with {@code file:line:column}; {@link dev.pgcraft.load.ModelSpecs} turns the checked
 * configuration into the immutable spec the engine builds from. Plain Java, no Maven types, so every rule is
 * unit-testable.
 */
package dev.pgcraft.load;
