/**
 * The JAXB binding of {@code pgcraft.xml} (namespace {@code urn:pgcraft:1}, schema {@code xsd/pgcraft-1.xsd})
 * and {@link dev.pgcraft.model.config.ConfigReader}, which reads it safely and reports every XSD violation at
 * once.
 *
 * <p>The classes are written by hand rather than generated with xjc because every element must carry its
 * {@link dev.pgcraft.model.problem.SourceLocation} (see {@link dev.pgcraft.model.config.Located}) so that later
 * semantic errors can say {@code file:line:column}; xjc offers that only through third-party plugins or
 * RI-specific locator annotations. {@code ConfigBindingAgreesWithXsdTest} keeps the two sides in step.
 *
 * <p>The format is open: elements of other namespaces (third-party plugins, extensions, objects extensions define,
 * an extension's settings for a dimension) are validated in the same pass against the XSDs that the jars on the
 * class path list in {@link dev.pgcraft.model.config.SchemaCatalog#DESCRIPTOR}, and reach their implementations as
 * {@link dev.pgcraft.model.config.ExtensionElement}s with their positions. This package is part of the stable API
 * for the parts a plugin reads ({@code ExtensionElement}, {@code SchemaCatalog}); the JAXB classes are not: plugins
 * read the immutable specs built from them.
 */
@XmlSchema(namespace = "urn:pgcraft:1", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
