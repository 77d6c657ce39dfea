package dev.pgcraft.prove;

import dev.pgcraft.load.ModelFragment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the model fragment a server error points into. Generated SQL carries each fragment verbatim, so the
 * fragment is the one whose text, in the failing statement, covers the error's position; without a position it is
 * the only fragment the statement holds (a fragment found only inside a longer one counts as that one). Where two
 * fragments of the same text qualify, the one whose names
 * (dimension, column, check) the statement mentions wins; an undecided case names none rather than a wrong one.
 */
final class FragmentLocator {

    /**
     * A fragment and where in it the server pointed.
     *
     * @param position 1-based character in the fragment as written, or 0 when the server gave no position
     */
    record Located(ModelFragment fragment, int position) {
    }

    private FragmentLocator() {
    }

    /**
     * @param statement      the statement that failed
     * @param serverPosition the server's 1-based character position in it, or 0
     */
    static Optional<Located> locate(String statement, int serverPosition, List<ModelFragment> fragments) {
        List<Located> candidates = new ArrayList<>();
        for (ModelFragment fragment : fragments) {
            String text = fragment.text().strip();
            int lead = fragment.text().indexOf(text);
            boolean found = false;
            for (int at = statement.indexOf(text); at >= 0 && !found; at = statement.indexOf(text, at + 1)) {
                int offset = serverPosition - 1 - at;
                if (serverPosition == 0) {
                    candidates.add(new Located(fragment, 0));
                    found = true;
                } else if (offset >= 0 && offset < text.length()) {
                    candidates.add(new Located(fragment, lead + offset + 1));
                    found = true;
                }
            }
        }
        if (candidates.size() > 1) {
            // A fragment found only as part of another that is found too ("0" inside "0 <= prize") is that one.
            List<Located> all = candidates;
            candidates = candidates.stream().filter(c -> all.stream().noneMatch(other -> other != c
                    && other.fragment().text().strip().length() > c.fragment().text().strip().length()
                    && other.fragment().text().contains(c.fragment().text().strip()))).toList();
        }
        if (candidates.size() > 1) {
            List<Located> named = candidates.stream()
                    .filter(c -> c.fragment().names().stream().allMatch(statement::contains)).toList();
            candidates = named.isEmpty() ? candidates : named;
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
