package dev.pgcraft.model.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The complete set of objects a model produces, sorted by identity so that iterating it is deterministic. Also
 * what a snapshot stores: the last generated state, which the next {@code generate} diffs against.
 */
public final class SchemaState {

    private static final SchemaState EMPTY = new SchemaState(new TreeMap<>(), new TreeSet<>(), List.of());

    private final NavigableMap<ObjectId, DbObject> objects;
    private final Set<VersionRequirement> requirements;
    /** Not part of the state's identity (equals) nor of the snapshot: it only decides directives of the next file. */
    private final List<ChangeNotice> notices;

    private SchemaState(NavigableMap<ObjectId, DbObject> objects, Set<VersionRequirement> requirements,
                        List<ChangeNotice> notices) {
        this.objects = Collections.unmodifiableNavigableMap(objects);
        this.requirements = Collections.unmodifiableSet(requirements);
        this.notices = List.copyOf(notices);
    }

    /** The notices migrate sends after applying a migration that changes what they concern, in the order added. */
    public List<ChangeNotice> notices() {
        return notices;
    }

    public static SchemaState empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every object, sorted by id. */
    public Collection<DbObject> objects() {
        return objects.values();
    }

    public Set<ObjectId> ids() {
        return objects.keySet();
    }

    public Optional<DbObject> get(ObjectId id) {
        return Optional.ofNullable(objects.get(id));
    }

    public boolean contains(ObjectId id) {
        return objects.containsKey(id);
    }

    /** Objects of one kind, sorted by id. */
    public <T extends DbObject> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (DbObject object : objects.values()) {
            if (type.isInstance(object)) {
                result.add(type.cast(object));
            }
        }
        return result;
    }

    /** The PostgreSQL versions the state needs, sorted. */
    public Set<VersionRequirement> requirements() {
        return requirements;
    }

    public boolean isEmpty() {
        return objects.isEmpty();
    }

    /**
     * The same state with each of {@code replacements} in place of the object of its id (which must be there): how
     * what PostgreSQL says about a view (what it reads and returns) is put into the state built from the model.
     */
    public SchemaState replacing(Collection<? extends DbObject> replacements) {
        NavigableMap<ObjectId, DbObject> copy = new TreeMap<>(objects);
        for (DbObject replacement : replacements) {
            if (copy.replace(replacement.id(), replacement) == null) {
                throw new IllegalArgumentException("no " + replacement.id() + " to replace");
            }
        }
        return new SchemaState(copy, new TreeSet<>(requirements), notices);
    }

    /** The same state without the objects {@code keep} refuses. */
    public SchemaState filtered(java.util.function.Predicate<DbObject> keep) {
        NavigableMap<ObjectId, DbObject> copy = new TreeMap<>(objects);
        copy.values().removeIf(object -> !keep.test(object));
        return new SchemaState(copy, new TreeSet<>(requirements), notices);
    }

    public int size() {
        return objects.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaState that
                && objects.equals(that.objects) && requirements.equals(that.requirements);
    }

    @Override
    public int hashCode() {
        return objects.hashCode() * 31 + requirements.hashCode();
    }

    @Override
    public String toString() {
        return "SchemaState" + objects.keySet();
    }

    /** Collects objects; adding a second, different object with the same id is an error (a plugin bug). */
    public static final class Builder {
        private final NavigableMap<ObjectId, DbObject> objects = new TreeMap<>();
        private final Set<VersionRequirement> requirements = new TreeSet<>();
        private final List<DbObject> inOrder = new ArrayList<>();
        private final List<ChangeNotice> notices = new ArrayList<>();

        private Builder() {
        }

        public Builder add(DbObject object) {
            DbObject previous = objects.putIfAbsent(object.id(), object);
            if (previous == null) {
                inOrder.add(object);
            } else if (!previous.equals(object)) {
                throw new IllegalStateException("two different definitions of " + object.id()
                        + ":\n  " + previous + "\n  " + object);
            }
            return this;
        }

        /**
         * The objects in the order they were first added. Resolving two versions of one model (say, before and after
         * a rename) adds corresponding objects in the same order, which is how a rename is traced to every object
         * derived from the renamed name.
         */
        public List<DbObject> inOrder() {
            return List.copyOf(inOrder);
        }

        public Builder addAll(Collection<? extends DbObject> more) {
            more.forEach(this::add);
            return this;
        }

        public Builder require(VersionRequirement requirement) {
            requirements.add(requirement);
            return this;
        }

        public Builder notice(ChangeNotice notice) {
            if (!notices.contains(notice)) {
                notices.add(notice);
            }
            return this;
        }

        public boolean contains(ObjectId id) {
            return objects.containsKey(id);
        }

        /** The object added under {@code id}, if any. */
        public Optional<DbObject> get(ObjectId id) {
            return Optional.ofNullable(objects.get(id));
        }

        public SchemaState build() {
            return new SchemaState(new TreeMap<>(objects), new TreeSet<>(requirements), notices);
        }
    }
}
