/**
 * Loading {@code pgcraft.xml}: {@link dev.pgcraft.load.ConfigLoader} reads and XSD-validates it through the
 * model's {@code ConfigReader}, then {@link dev.pgcraft.load.ConfigChecker} applies the rules XML Schema cannot
 * express (unique names, resolvable references, PostgreSQL limits and type names), reporting every problem
 * with {@code file:line:column}. Plain Java, no Maven types, so every rule is unit-testable.
 */
package dev.pgcraft.load;
