package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The top-level {@code <extensions>} element: extensions switched on for the whole model, each of its own namespace. */
@XmlType(name = "ExtensionsType")
class ExtensionsConfig extends Located {

    @XmlAnyElement
    private List<Element> dom = new ArrayList<>();

    static ExtensionsConfig of(List<ExtensionElement> elements) {
        ExtensionsConfig config = new ExtensionsConfig();
        config.dom = new ArrayList<>(elements.stream().map(ExtensionElement::element).toList());
        return config;
    }

    List<ExtensionElement> elements() {
        return dom.stream().map(ExtensionElement::of).toList();
    }

    List<Element> dom() {
        return dom;
    }
}
