package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.DbObject;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts the schema model's records to JSON values and back, field by field in declaration order. A
 * {@link DbObject} carries a {@code "kind"} field (the record's name with a lower-case first letter) so the sealed
 * hierarchy round-trips. Null fields are left out, and read back as null.
 */
final class RecordCodec {

    private static final String TYPE = "kind";
    private static final Map<String, Class<?>> DB_OBJECT_TYPES = new HashMap<>();

    static {
        for (Class<?> type : DbObject.class.getPermittedSubclasses()) {
            DB_OBJECT_TYPES.put(typeName(type), type);
        }
    }

    private RecordCodec() {
    }

    static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(toJson(item)));
            return out;
        }
        if (value instanceof Record record) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (record instanceof DbObject) {
                out.put(TYPE, typeName(record.getClass()));
            }
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object field = toJson(read(component, record));
                if (field != null) {
                    out.put(component.getName(), field);
                }
            }
            return out;
        }
        throw new IllegalArgumentException("cannot store " + value.getClass().getName() + " in a snapshot");
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
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            Object value = fromJson(map.get(components[i].getName()), components[i].getGenericType());
            if (value == null && components[i].getType() == boolean.class) {
                value = Boolean.FALSE;
            }
            if (value == null && components[i].getType() == List.class) {
                value = List.of();
            }
            arguments[i] = value;
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("invalid " + typeName(type) + ": " + e.getCause().getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
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
