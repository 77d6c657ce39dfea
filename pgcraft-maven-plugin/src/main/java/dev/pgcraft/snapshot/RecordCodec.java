package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.DbObject;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the schema model's records from formats 1 and 2 (format 3 is {@link ObjectLineReader}'s), field by field. A
 * {@link DbObject} carries a {@code "kind"} field (the record's name with a lower-case first letter) so the sealed
 * hierarchy round-trips. Absent fields read back as null, false or an empty list.
 */
final class RecordCodec {

    private static final String TYPE = "kind";
    private static final Map<String, Class<?>> DB_OBJECT_TYPES = new HashMap<>();
    /**
     * Each record type's components and canonical constructor, looked up once: reflection per object
     * made encoding and decoding a large snapshot several times slower.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    static {
        for (Class<?> type : DbObject.class.getPermittedSubclasses()) {
            DB_OBJECT_TYPES.put(typeName(type), type);
        }
    }

    private RecordCodec() {
    }

    static Object fromJson(Object json, Type type) {
        if (json == null) {
            return null;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Type element = parameterized.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object item : cast(json, List.class, type)) {
                out.add(fromJson(item, element));
            }
            return out;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return cast(json, String.class, type);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return cast(json, Boolean.class, type);
        }
        if (raw == int.class || raw == Integer.class) {
            return Math.toIntExact(cast(json, Long.class, type));
        }
        if (raw.isEnum()) {
            return enumConstant(raw, cast(json, String.class, type));
        }
        if (raw == DbObject.class) {
            Map<?, ?> map = cast(json, Map.class, type);
            Class<?> concrete = DB_OBJECT_TYPES.get(String.valueOf(map.get(TYPE)));
            if (concrete == null) {
                throw new IllegalArgumentException("unknown object type '" + map.get(TYPE) + "'; expected one of "
                        + new java.util.TreeSet<>(DB_OBJECT_TYPES.keySet()));
            }
            return record(map, concrete);
        }
        if (raw.isRecord()) {
            return record(cast(json, Map.class, type), raw);
        }
        throw new IllegalArgumentException("cannot read " + raw.getName() + " from a snapshot");
    }

    private static Object record(Map<?, ?> map, Class<?> type) {
        Shape shape = SHAPES.get(type);
        Object[] arguments = new Object[shape.names.length];
        for (int i = 0; i < arguments.length; i++) {
            Object value = fromJson(map.get(shape.names[i]), shape.genericTypes[i]);
            if (value == null && shape.rawTypes[i] == boolean.class) {
                value = Boolean.FALSE;
            }
            if (value == null && shape.rawTypes[i] == List.class) {
                value = List.of();
            }
            arguments[i] = value;
        }
        try {
            return shape.constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("invalid " + typeName(type) + ": " + e.getCause().getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /** What the codec needs of one record type, in declaration order. */
    private static final class Shape {
        private final String typeName;
        private final String[] names;
        private final Class<?>[] rawTypes;
        private final Type[] genericTypes;
        private final Constructor<?> constructor;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            typeName = typeName(type);
            names = new String[components.length];
            rawTypes = new Class<?>[components.length];
            genericTypes = new Type[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                rawTypes[i] = components[i].getType();
                genericTypes[i] = components[i].getGenericType();
            }
            try {
                constructor = type.getDeclaredConstructor(rawTypes);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName(), e);
        }
    }

    private static <T> T cast(Object json, Class<T> expected, Type type) {
        if (!expected.isInstance(json)) {
            throw new IllegalArgumentException("expected " + type.getTypeName() + " but found " + json);
        }
        return expected.cast(json);
    }

    private static String typeName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }
}
