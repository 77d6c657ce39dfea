package dev.pgcraft.model.config;

import dev.pgcraft.model.config.LocatingFilter.OpenElement;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the XML Schema validator's messages into messages about pgcraft.xml. The validator runs with an
 * English locale (see {@link ConfigReader}), so its wording is stable enough to read the element and
 * attribute names out of it; anything not recognised falls back to the validator's text without the
 * {@code cvc-…} prefix, so a user still sees what is wrong.
 */
final class XsdMessages {

    static final String NAMESPACE = "urn:pgcraft:1";
    /** How users know the schema: by file name and namespace (their IDE resolves it from xsi:schemaLocation). */
    private static final String XSD = "the schema pgcraft-1.xsd (namespace urn:pgcraft:1)";

    private static final Pattern CODE = Pattern.compile("^(cvc-[\\w.-]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile(
            "The value '(.*)' of attribute '([^']+)' on element '([^']+)' is not valid with respect to its type, "
                    + "'([^']+)'\\.", Pattern.DOTALL);
    private static final Pattern ENUMERATION = Pattern.compile("enumeration '\\[(.*)\\]'");
    private static final Pattern ATTRIBUTE_AND_ELEMENT = Pattern.compile("Attribute '([^']+)' .* element '([^']+)'");
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{(.*)\\}' is expected");
    private static final Pattern ELEMENT = Pattern.compile("[Ee]lement '([^']+)'");

    private static final Pattern WILDCARD_ELEMENT = Pattern.compile("element '([^']+)'");

    /** The namespaces the class path defines, to tell an unknown namespace from an unknown element of a known one. */
    private final SchemaCatalog catalog;

    /** The facet message ("not facet-valid …") that precedes the attribute message it explains. */
    private String pendingFacet;

    XsdMessages(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The problem for one validator message, or {@code null} when the message only explains the next one
     * (the validator reports a bad attribute value twice: the facet, then the attribute).
     */
    Problem translate(String rawMessage, SourceLocation location, Iterator<OpenElement> openInnermostFirst) {
        Matcher coded = CODE.matcher(rawMessage.strip());
        if (!coded.matches()) {
            return invalid(location, rawMessage);
        }
        String code = coded.group(1);
        String text = coded.group(2);
        switch (code) {
            case "cvc-enumeration-valid", "cvc-pattern-valid", "cvc-datatype-valid.1.2.1", "cvc-minLength-valid":
                pendingFacet = text;
                return null;
            case "cvc-attribute.3":
                return badValue(text, location);
            case "cvc-complex-type.3.2.2":
                return unknownAttribute(text, location, openInnermostFirst);
            case "cvc-complex-type.4":
                return missingAttribute(text, location);
            case "cvc-complex-type.2.4.a", "cvc-complex-type.2.4.d":
                return unexpectedElement(text, location, openInnermostFirst);
            case "cvc-complex-type.2.4.c":
                return undeclaredElement(text, location, openInnermostFirst);
            case "cvc-complex-type.2.4.b":
                return incomplete(text, location);
            case "cvc-complex-type.2.1", "cvc-complex-type.2.3":
                return textNotAllowed(text, location);
            case "cvc-elt.1.a":
                return wrongRoot(location, openInnermostFirst);
            default:
                return invalid(location, text);
        }
    }

    /** The problem for a root element that is not {@code <pgcraft xmlns="urn:pgcraft:1">}. */
    static Problem wrongRoot(SourceLocation location, Iterator<OpenElement> openInnermostFirst) {
        OpenElement root = openInnermostFirst.hasNext() ? openInnermostFirst.next() : new OpenElement("", "?");
        return Problem.at(location, "PGC-CONFIG-NAMESPACE",
                "The root element must be <pgcraft> in namespace " + NAMESPACE + ", but found <" + root.localName()
                        + ">" + namespaceNote(root.namespace()) + ".",
                "Start the file with <pgcraft xmlns=\"" + NAMESPACE + "\">.");
    }

    private Problem badValue(String text, SourceLocation location) {
        Matcher m = ATTRIBUTE_VALUE.matcher(text);
        String facet = pendingFacet;
        pendingFacet = null;
        if (!m.find()) {
            return invalid(location, text);
        }
        String value = m.group(1);
        String attribute = m.group(2);
        String element = m.group(3);
        String type = m.group(4);
        Matcher enumeration = facet == null ? null : ENUMERATION.matcher(facet);
        if (enumeration != null && enumeration.find()) {
            return Problem.at(location, "PGC-CONFIG-BAD-VALUE",
                    "Invalid value \"" + value + "\" for " + attribute + " on <" + element + ">; allowed values: "
                            + enumeration.group(1) + ".",
                    "Use one of the allowed values (they are case-sensitive).");
        }
        switch (type) {
            case "boolean":
                return Problem.at(location, "PGC-CONFIG-BAD-BOOLEAN",
                        "Invalid value \"" + value + "\" for " + attribute + " on <" + element
                                + ">; expected true or false.",
                        "Write " + attribute + "=\"true\" or " + attribute + "=\"false\".");
            case "Identifier":
                return Problem.at(location, "PGC-CONFIG-BAD-IDENTIFIER",
                        "Invalid name \"" + value + "\" for " + attribute + " on <" + element + ">; expected a "
                                + "PostgreSQL identifier of lower-case ASCII letters, digits, _ and $, "
                                + "not starting with a digit or $.",
                        value.isBlank() ? "Give it a name." : "Use \"" + identifierLike(value) + "\" instead.");
            case "NonEmptyString":
                return Problem.at(location, "PGC-CONFIG-EMPTY-VALUE",
                        "Attribute " + attribute + " on <" + element + "> must not be empty.",
                        "Write a value for " + attribute + ".");
            default:
                return invalid(location, "Invalid value \"" + value + "\" for " + attribute + " on <" + element
                        + ">" + (facet == null ? "." : ": " + stripCode(facet)));
        }
    }

    private static Problem unknownAttribute(String text, SourceLocation location, Iterator<OpenElement> open) {
        Matcher m = ATTRIBUTE_AND_ELEMENT.matcher(text);
        if (!m.find()) {
            return invalid(location, text);
        }
        boolean core = !open.hasNext() || NAMESPACE.equals(open.next().namespace());
        List<String> allowed = core ? BoundAttributes.of(m.group(2)) : List.of();
        return Problem.at(location, "PGC-CONFIG-UNKNOWN-ATTRIBUTE",
                "Unknown attribute \"" + m.group(1) + "\" on <" + m.group(2) + ">"
                        + (allowed.isEmpty() ? "." : "; allowed: " + String.join(", ", allowed) + "."),
                "Remove it or correct its spelling.");
    }

    private static Problem missingAttribute(String text, SourceLocation location) {
        Matcher m = ATTRIBUTE_AND_ELEMENT.matcher(text);
        if (!m.find()) {
            return invalid(location, text);
        }
        return Problem.at(location, "PGC-CONFIG-MISSING-ATTRIBUTE",
                "<" + m.group(2) + "> is missing the required attribute \"" + m.group(1) + "\".",
                "Add " + m.group(1) + "=\"…\" to this <" + m.group(2) + ">.");
    }

    private Problem unexpectedElement(String text, SourceLocation location, Iterator<OpenElement> open) {
        OpenElement found = open.hasNext() ? open.next() : new OpenElement("", "?");
        OpenElement parent = open.hasNext() ? open.next() : new OpenElement(NAMESPACE, "?");
        Matcher expected = EXPECTED.matcher(text);
        String allowed = expected.find()
                ? "allowed here: " + elementList(expected.group(1))
                : "no further element is allowed here";
        return Problem.at(location, "PGC-CONFIG-UNEXPECTED-ELEMENT",
                "Unexpected element <" + found.localName() + ">" + namespaceNote(found.namespace()) + " in <"
                        + parent.localName() + ">; " + allowed + ".",
                "Check the element's spelling and position; " + schemaOf(parent.namespace())
                        + " describes what goes where.");
    }

    /**
     * An element of another namespace where the core admits one, but no XSD found declares it: either no jar on the
     * class path defines its namespace (the user forgot the dependency, or misspelt the namespace URI), or the
     * namespace is known and the element name is not one of it.
     */
    private Problem undeclaredElement(String text, SourceLocation location, Iterator<OpenElement> open) {
        OpenElement found = open.hasNext() ? open.next() : new OpenElement("", "?");
        Matcher written = WILDCARD_ELEMENT.matcher(text);
        String name = written.find() ? written.group(1) : found.localName();
        if (catalog.forNamespace(found.namespace()).isEmpty()) {
            return Problem.at(location, "PGC-CONFIG-UNKNOWN-NAMESPACE",
                    "<" + name + "> is in namespace \"" + found.namespace() + "\", which no jar on the pgcraft "
                            + "plugin's class path defines (found: " + String.join(", ", catalog.namespaces()) + ").",
                    "Add the artifact that provides it under the pgcraft plugin's <dependencies> in pom.xml, or "
                            + "correct the namespace URI in xmlns.");
        }
        return Problem.at(location, "PGC-CONFIG-UNKNOWN-ELEMENT",
                "Unknown element <" + name + ">: " + schemaOf(found.namespace()) + " declares no element \""
                        + found.localName() + "\".",
                "Check the element's spelling against " + schemaOf(found.namespace()) + ".");
    }

    /** How users know a namespace's schema: by file name and namespace (their IDE resolves it from xsi:schemaLocation). */
    private String schemaOf(String namespace) {
        if (NAMESPACE.equals(namespace) || namespace.isEmpty()) {
            return XSD;
        }
        return catalog.forNamespace(namespace).map(file -> "the schema " + file.fileName() + " (namespace " + namespace
                + ")").orElse("the schema of namespace " + namespace);
    }

    private static Problem incomplete(String text, SourceLocation location) {
        Matcher element = ELEMENT.matcher(text);
        Matcher expected = EXPECTED.matcher(text);
        String name = element.find() ? element.group(1) : "?";
        return Problem.at(location, "PGC-CONFIG-INCOMPLETE",
                "<" + name + "> is incomplete; expected " + (expected.find() ? elementList(expected.group(1)) : "more")
                        + ".",
                "Add the missing element.");
    }

    private static Problem textNotAllowed(String text, SourceLocation location) {
        Matcher element = ELEMENT.matcher(text);
        String name = element.find() ? element.group(1) : "?";
        return Problem.at(location, "PGC-CONFIG-TEXT-NOT-ALLOWED",
                "Text is not allowed inside <" + name + ">; pgcraft.xml uses only elements and attributes.",
                "Remove the text, or make it an XML comment <!-- … -->.");
    }

    private static Problem invalid(SourceLocation location, String text) {
        return Problem.at(location, "PGC-CONFIG-INVALID", stripCode(text), "See " + XSD + " for what is allowed.");
    }

    /** {@code "urn:pgcraft:1":column, "urn:pgcraft:1":check} → {@code <column>, <check>}. */
    private static String elementList(String xercesList) {
        return Arrays.stream(xercesList.split(","))
                .map(String::strip)
                .map(name -> {
                    if (name.startsWith("WC[##other")) {
                        return "an element of another namespace (a plugin or extension)";
                    }
                    int colon = name.lastIndexOf("\":");
                    String local = colon < 0 ? name : name.substring(colon + 2);
                    String namespace = colon < 0 ? NAMESPACE : name.substring(1, colon);
                    return "<" + local + ">" + (NAMESPACE.equals(namespace) ? "" : namespaceNote(namespace));
                })
                .collect(Collectors.joining(", "));
    }

    private static String namespaceNote(String namespace) {
        if (NAMESPACE.equals(namespace)) {
            return "";
        }
        return namespace.isEmpty() ? " without a namespace" : " in namespace \"" + namespace + "\"";
    }

    static String stripCode(String message) {
        return message.strip().replaceFirst("^cvc-[\\w.-]+:\\s*", "");
    }

    /** A guess at the identifier the user meant: lower case, other characters as _, no leading digit. */
    private static String identifierLike(String value) {
        String lower = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_$]", "_");
        return lower.isEmpty() || !Character.isLetter(lower.charAt(0)) && lower.charAt(0) != '_' ? "_" + lower : lower;
    }
}
