package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes each element of pgcraft.xml accepts, read from the binding's annotations, so that an
 * "unknown attribute" message can list the right ones. The binding is the source because it is Java we can
 * reflect on; {@code ConfigBindingAgreesWithXsdTest} guarantees it matches the XSD. Element names are unique
 * across the vocabulary (the two {@code <plugins>} share a type), so the local name is enough as a key.
 */
final class BoundAttributes {

    private static final Map<String, List<String>> BY_ELEMENT = new HashMap<>();

    static {
        collect("pgcraft", PgcraftConfig.class);
    }

    private BoundAttributes() {
    }

    /** The attribute names of {@code element} in declaration order; empty for an unknown element. */
    static List<String> of(String element) {
        return BY_ELEMENT.getOrDefault(element, List.of());
    }

    private static void collect(String element, Class<?> type) {
        if (BY_ELEMENT.containsKey(element)) {
            return;
        }
        List<String> attributes = new ArrayList<>();
        BY_ELEMENT.put(element, attributes);
        for (Field field : fieldsSuperclassFirst(type)) {
            XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
            if (attribute != null) {
                attributes.add(attribute.name());
            }
            XmlElement child = field.getAnnotation(XmlElement.class);
            if (child != null) {
                collect(child.name(), elementType(field, child));
            }
            XmlElements children = field.getAnnotation(XmlElements.class);
            if (children != null) {
                for (XmlElement each : children.value()) {
                    collect(each.name(), each.type());
                }
            }
        }
    }

    private static Class<?> elementType(Field field, XmlElement annotation) {
        if (annotation.type() != XmlElement.DEFAULT.class) {
            return annotation.type();
        }
        if (field.getGenericType() instanceof ParameterizedType list) {
            return (Class<?>) list.getActualTypeArguments()[0];
        }
        return field.getType();
    }

    private static List<Field> fieldsSuperclassFirst(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            fields.addAll(fieldsSuperclassFirst(type.getSuperclass()));
        }
        fields.addAll(List.of(type.getDeclaredFields()));
        return fields;
    }
}
