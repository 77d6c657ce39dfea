package dev.pgcraft.prove;

import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.model.problem.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every statement PostgreSQL refused while building the model, as the problems a user can act on all at once: each
 * refused fragment of {@code pgcraft.xml} at its line:column with the server's message (PGC-PROVE-SQL); a statement
 * that failed only because an earlier refused one did not create its table or view is no error of its own: at a
 * fragment (a view over a refused view) it is named as not checked (PGC-PROVE-UNCHECKED), elsewhere (the refused
 * view's index or comment) it is left out, as noise. A refusal outside any fragment is reported as the statement
 * (PGC-PROVE-STATEMENT) when nothing else explains it.
 */
final class Refusals {

    private static final String UNDEFINED_TABLE = "42P01";
    private static final String IDENT = "\"((?:[^\"]|\"\")+)\"";
    private static final Pattern CREATES = Pattern.compile("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+)?"
            + "(?:TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+" + IDENT + "\\." + IDENT);

    private final List<ModelFragment> fragments;
    private final String source;
    private final String version;
    private final List<Problem> problems = new ArrayList<>();
    /** {@code schema.name} of every table and view whose creating statement was refused. */
    private final Set<String> notCreated = new LinkedHashSet<>();

    /**
     * @param source  the model's file as users know it
     * @param version the server's version, for messages
     */
    Refusals(List<ModelFragment> fragments, String source, String version) {
        this.fragments = fragments;
        this.source = source;
        this.version = version;
    }

    /**
     * @param script what the statement belongs to, for a refusal outside any fragment
     */
    void add(Prover.Failure failure, String script) {
        String missing = missingRelation(failure).orElse(null);
        Optional<FragmentLocator.Located> located = FragmentLocator.locate(failure.statement().sql(),
                failure.error().position(), fragments);
        creates(failure.statement().sql()).ifPresent(notCreated::add);
        if (missing != null) {
            located.ifPresent(found -> problems.add(Problem.at(found.fragment().location(), "PGC-PROVE-UNCHECKED",
                    "The " + found.fragment().what() + " was not checked: it needs " + missing + ", which "
                            + "PostgreSQL could not create because of another refusal; nothing was written.",
                    "Correct that refusal first; then generate checks this one too.")));
            return;
        }
        if (located.isPresent() || problems.isEmpty()) {
            problems.add(Prover.refused(failure, fragments, source, version, script));
        }
    }

    /** Whether {@code failure} is only the consequence of a statement refused earlier (the relation it lacks). */
    boolean explains(Prover.Failure failure) {
        return missingRelation(failure).isPresent();
    }

    /** Whether PostgreSQL refused nothing. */
    boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * The problems in document order (the statements run in dependency order, which is no order a reader of
     * {@code pgcraft.xml} knows); one without a position last.
     */
    List<Problem> problems() {
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.location() == null)
                .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
                .thenComparingInt(p -> p.location() == null ? 0 : p.location().column())).toList();
    }

    /** The table or view a statement failed for because an earlier refused statement did not create it. */
    private Optional<String> missingRelation(Prover.Failure failure) {
        if (!UNDEFINED_TABLE.equals(failure.error().sqlState())) {
            return Optional.empty();
        }
        // PostgreSQL names the relation as the statement wrote it: "rpt.totals" or "totals".
        String message = failure.error().message();
        return notCreated.stream().filter(qualified -> message.contains("\"" + qualified + "\"")
                || message.contains("\"" + qualified.substring(qualified.indexOf('.') + 1) + "\"")).findFirst();
    }

    /** {@code schema.name} of the table or view a generated {@code CREATE} statement makes. */
    static Optional<String> creates(String sql) {
        Matcher matcher = CREATES.matcher(sql);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1).replace("\"\"", "\"") + "." + matcher.group(2).replace("\"\"", "\""));
    }
}
