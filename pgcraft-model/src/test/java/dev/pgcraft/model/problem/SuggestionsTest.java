package dev.pgcraft.model.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void swapsInsertionsAndDeletionsAreOneEditEach() {
        assertEquals(1, Suggestions.distance("titel", "title"));
        assertEquals(2, Suggestions.distance("categorys", "categories"));
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(3, Suggestions.distance("", "abc"));
    }

    @Test
    void suggestsOnlyPlausibleTypos() {
        assertEquals(Optional.of("dim.categories"),
                Suggestions.closest("dim.categorys", List.of("dim.products", "dim.categories")));
        assertEquals(Optional.empty(), Suggestions.closest("foo", List.of("dim.products", "bar_baz")));
    }
}
