package dev.pgcraft.prove;

import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pointing a server error back into the model: the fragment whose text covers the error's position. */
class FragmentLocatorTest {

    private static final ModelFragment PRICE = fragment(" price >= 'x' ", 6, "products", "price_positive");
    private static final ModelFragment ZERO_A = fragment("0", 7, "products", "stock");
    private static final ModelFragment ZERO_B = fragment("0", 9, "orders", "total");

    @Test
    void theFragmentCoveringThePositionIsFoundWithThePositionInItAsWritten() {
        String statement = "ALTER TABLE dim.products ADD CONSTRAINT ck__products__price_positive CHECK (price >= 'x')";
        int position = statement.indexOf("'x'") + 1;
        Optional<FragmentLocator.Located> located = FragmentLocator.locate(statement, position, List.of(PRICE, ZERO_A));
        // " price >= 'x' ": the leading blank counts, as the user wrote it.
        assertEquals(Optional.of(new FragmentLocator.Located(PRICE, 11)), located);
    }

    @Test
    void aPositionOutsideEveryFragmentNamesNone() {
        String statement = "CREATE TABLE dim.products (price numeric DEFAULT (0), x nosuchtype)";
        assertEquals(Optional.empty(), FragmentLocator.locate(statement, statement.indexOf("nosuchtype") + 1,
                List.of(PRICE, ZERO_A)));
    }

    @Test
    void withoutAPositionTheOnlyFragmentInTheStatementIsTaken() {
        String statement = "CREATE INDEX ix ON dim.products ((price >= 'x'))";
        assertEquals(Optional.of(new FragmentLocator.Located(PRICE, 0)),
                FragmentLocator.locate(statement, 0, List.of(PRICE, ZERO_B)));
    }

    @Test
    void twoFragmentsOfOneTextAreToldApartByTheNamesTheStatementMentions() {
        String statement = "CREATE TABLE dim.orders (total numeric DEFAULT (0))";
        int position = statement.indexOf("(0)") + 2;
        assertEquals(Optional.of(new FragmentLocator.Located(ZERO_B, 1)),
                FragmentLocator.locate(statement, position, List.of(ZERO_A, ZERO_B)));
        // Neither's names: undecided, so none rather than a wrong one.
        assertEquals(Optional.empty(), FragmentLocator.locate("SELECT (0)", 9, List.of(ZERO_A, ZERO_B)));
    }

    private static ModelFragment fragment(String text, int line, String... names) {
        return new ModelFragment(text, new SourceLocation("pgcraft.xml", line, 7), "fragment at " + line,
                List.of(names));
    }
}
