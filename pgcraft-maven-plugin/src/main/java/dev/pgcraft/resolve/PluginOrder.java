package dev.pgcraft.resolve;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spi.Plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides which plugins build a dimension and in which order. The whole policy is here:
 * <ol>
 *   <li>start from the dimension type's defaults; a global plugin replaces the default of its singleton group
 *       (or is appended), then a per-dimension plugin replaces that in turn;</li>
 *   <li>two plugins of one singleton group in the same list are an error;</li>
 *   <li>every required key needs exactly one producer;</li>
 *   <li>plugins run after the producers of what they require; ties keep list order, so the result is
 *       deterministic; a cycle is an error naming its plugins.</li>
 * </ol>
 */
public final class PluginOrder {

    private PluginOrder() {
    }

    /** Applies the replacement rules: each later layer overrides the earlier ones group by group. */
    public static List<Plugin> layer(List<Plugin> defaults, List<Plugin> global, List<Plugin> local,
                                     SourceLocation where) {
        List<PluginDescriptor> result = new ArrayList<>(describe(defaults));
        for (List<Plugin> layer : List.of(global, local)) {
            List<PluginDescriptor> descriptors = describe(layer);
            rejectDuplicateGroups(descriptors, where);
            for (PluginDescriptor added : descriptors) {
                int replaced = indexOfGroup(result, added.singletonGroup());
                if (replaced >= 0) {
                    result.set(replaced, added);
                } else {
                    result.add(added);
                }
            }
        }
        return result.stream().map(PluginDescriptor::plugin).collect(Collectors.toList());
    }

    /** Orders plugins topologically by requires/produces. */
    public static List<Plugin> sort(List<Plugin> plugins, String dimension, SourceLocation where) {
        List<PluginDescriptor> descriptors = describe(plugins);
        rejectDuplicateGroups(descriptors, where);
        Map<String, PluginDescriptor> producers = producers(descriptors, dimension, where);
        List<PluginDescriptor> ordered = new ArrayList<>();
        List<PluginDescriptor> remaining = new ArrayList<>(descriptors);
        while (!remaining.isEmpty()) {
            PluginDescriptor next = null;
            for (PluginDescriptor candidate : remaining) {
                boolean ready = candidate.requires().stream()
                        .allMatch(key -> ordered.contains(producers.get(key)));
                if (ready) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw new PgcraftException(Problem.at(where, "PGC-PLUGIN-CYCLE",
                        "the plugins of " + dimension + " depend on each other in a cycle: "
                                + describeCycle(remaining, producers),
                        "Remove one of these plugins or change what it requires."));
            }
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered.stream().map(PluginDescriptor::plugin).collect(Collectors.toList());
    }

    private static Map<String, PluginDescriptor> producers(List<PluginDescriptor> descriptors, String dimension,
                                                           SourceLocation where) {
        Map<String, PluginDescriptor> producers = new LinkedHashMap<>();
        for (PluginDescriptor descriptor : descriptors) {
            for (String key : descriptor.produces()) {
                PluginDescriptor other = producers.putIfAbsent(key, descriptor);
                if (other != null) {
                    throw new PgcraftException(Problem.at(where, "PGC-PLUGIN-DUPLICATE-PRODUCER",
                            "plugins " + other.name() + " and " + descriptor.name() + " of " + dimension
                                    + " both produce '" + key + "'",
                            "Keep only one of them."));
                }
            }
        }
        for (PluginDescriptor descriptor : descriptors) {
            for (String key : descriptor.requires()) {
                if (!producers.containsKey(key)) {
                    throw new PgcraftException(Problem.at(where, "PGC-PLUGIN-MISSING-PRODUCER",
                            "plugin " + descriptor.name() + " of " + dimension + " requires '" + key
                                    + "', which no plugin produces",
                            "Add a plugin that produces '" + key + "', or remove " + descriptor.name() + "."));
                }
            }
        }
        return producers;
    }

    /** Follows unmet requirements from the first stuck plugin until a plugin repeats: that loop is the cycle. */
    private static String describeCycle(List<PluginDescriptor> stuck, Map<String, PluginDescriptor> producers) {
        List<PluginDescriptor> path = new ArrayList<>();
        PluginDescriptor current = stuck.get(0);
        while (!path.contains(current)) {
            path.add(current);
            PluginDescriptor from = current;
            current = from.requires().stream().map(producers::get).filter(stuck::contains).findFirst()
                    .orElseThrow();
        }
        List<PluginDescriptor> cycle = path.subList(path.indexOf(current), path.size());
        return cycle.stream().map(PluginDescriptor::name).collect(Collectors.joining(" -> "))
                + " -> " + current.name();
    }

    private static void rejectDuplicateGroups(List<PluginDescriptor> descriptors, SourceLocation where) {
        Map<String, PluginDescriptor> seen = new LinkedHashMap<>();
        for (PluginDescriptor descriptor : descriptors) {
            String group = descriptor.singletonGroup();
            if (group == null) {
                continue;
            }
            PluginDescriptor other = seen.putIfAbsent(group, descriptor);
            if (other != null) {
                throw new PgcraftException(Problem.at(where, "PGC-PLUGIN-SINGLETON",
                        "plugins " + other.name() + " and " + descriptor.name() + " are both in the singleton group '"
                                + group + "'; only one may apply",
                        "Keep one of them."));
            }
        }
    }

    private static int indexOfGroup(List<PluginDescriptor> list, String group) {
        if (group == null) {
            return -1;
        }
        for (int i = 0; i < list.size(); i++) {
            if (group.equals(list.get(i).singletonGroup())) {
                return i;
            }
        }
        return -1;
    }

    private static List<PluginDescriptor> describe(List<Plugin> plugins) {
        return plugins.stream().map(PluginDescriptor::of).collect(Collectors.toList());
    }
}
