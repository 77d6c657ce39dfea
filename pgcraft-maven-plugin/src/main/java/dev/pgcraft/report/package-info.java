/**
 * What the model looks like to a reader: {@link dev.pgcraft.report.ModelDescription} (schemas, dimensions, their
 * columns and the objects pgcraft generates for them), drawn as Mermaid ER diagrams ({@code pgcraft:erd}) and as a
 * self-contained HTML page ({@code pgcraft:report}, also a Maven site report). Plain Java: no Maven types.
 */
package dev.pgcraft.report;
