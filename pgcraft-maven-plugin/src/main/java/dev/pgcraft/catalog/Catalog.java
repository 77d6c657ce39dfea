package dev.pgcraft.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The objects of some schemas of one database: each object's readable key ({@code table dim.products},
 * {@code column dim.products.price}, {@code index dim.ix__products__title}, …) mapped to its canonical definition
 * text. Sorted by key, so printing or comparing two catalogs is deterministic.
 */
public final class Catalog {

    private final NavigableMap<String, String> objects;

    private Catalog(NavigableMap<String, String> objects) {
        this.objects = Collections.unmodifiableNavigableMap(objects);
    }

    /** A catalog holding exactly {@code objects}. */
    public static Catalog of(Map<String, String> objects) {
        return new Catalog(new TreeMap<>(objects));
    }

    /** Every object key and its definition, sorted by key. */
    public NavigableMap<String, String> objects() {
        return objects;
    }

    /** How many objects there are. */
    public int size() {
        return objects.size();
    }

    /**
     * The differences between two catalogs, sorted by key: objects only {@code expected} has, objects only
     * {@code actual} has, and objects both have with different definitions.
     */
    public static List<CatalogDifference> compare(Catalog expected, Catalog actual) {
        List<CatalogDifference> differences = new ArrayList<>();
        Iterator<Map.Entry<String, String>> left = expected.objects.entrySet().iterator();
        Iterator<Map.Entry<String, String>> right = actual.objects.entrySet().iterator();
        Map.Entry<String, String> l = next(left);
        Map.Entry<String, String> r = next(right);
        while (l != null || r != null) {
            int order = l == null ? 1 : r == null ? -1 : l.getKey().compareTo(r.getKey());
            if (order < 0) {
                differences.add(new CatalogDifference(l.getKey(), l.getValue(), null));
                l = next(left);
            } else if (order > 0) {
                differences.add(new CatalogDifference(r.getKey(), null, r.getValue()));
                r = next(right);
            } else {
                if (!l.getValue().equals(r.getValue())) {
                    differences.add(new CatalogDifference(l.getKey(), l.getValue(), r.getValue()));
                }
                l = next(left);
                r = next(right);
            }
        }
        return differences;
    }

    private static Map.Entry<String, String> next(Iterator<Map.Entry<String, String>> entries) {
        return entries.hasNext() ? entries.next() : null;
    }

    /** One line per object, {@code key: definition}; for logs and test failures. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        objects.forEach((key, definition) -> text.append(key).append(": ").append(definition).append('\n'));
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalog that && objects.equals(that.objects);
    }

    @Override
    public int hashCode() {
        return objects.hashCode();
    }
}
