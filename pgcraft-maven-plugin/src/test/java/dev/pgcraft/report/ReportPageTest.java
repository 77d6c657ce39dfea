package dev.pgcraft.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPageTest {

    @TempDir
    Path temp;

    private String page(Path out) throws IOException {
        Path config = ErdTest.model(temp);
        ReportWriter.write(new ReportOptions(config, "src/main/pgcraft/pgcraft.xml", temp.resolve("none"), null, null,
                out));
        return Files.readString(out.resolve(ReportWriter.PAGE));
    }

    @Test
    void everyDimensionHasItsSectionColumnsAndGeneratedObjects() throws IOException {
        String page = page(temp.resolve("site"));
        assertTrue(page.contains("<p class=\"source\">From <code>src/main/pgcraft/pgcraft.xml</code>: 4 dimension(s) "
                + "in 2 schema(s).</p>"), page);
        assertTrue(page.contains("<section class=\"dimension\" id=\"dimension-dim-price_history\">\n"
                + "<h3>dim.price_history<span class=\"kind\">appendOnly</span></h3>"), page);
        // A reference links to the referenced dimension's section; the user's text is escaped, never markup.
        assertTrue(page.contains("<tr><td><code>category_id</code></td><td><code>bigint</code></td><td>yes</td>"
                + "<td><code></code></td><td><a href=\"#dimension-dim-categories\">references dim.categories</a></td>"
                + "<td></td></tr>"), page);
        assertTrue(page.contains("<td>Stock &quot;unit&quot;</td>"), page);
        // The append-only dimension's view and triggers are listed under it.
        assertTrue(page.contains("<dt>views</dt>\n<dd><code>dim.price_history</code></dd>"), page);
        assertTrue(page.contains("<dt>triggers</dt>"), page);
        assertTrue(page.contains("No database was configured, so the states are not checked"), page);
        assertTrue(Files.size(temp.resolve("site").resolve(ReportPage.MERMAID_FILE)) > 1_000_000);
    }

    @Test
    void thePageLoadsNothingFromTheNetwork() throws IOException {
        String page = page(temp.resolve("site"));
        assertFalse(page.contains("http:"), "an http: URL in the page");
        assertFalse(page.contains("https:"), "an https: URL in the page");
        assertTrue(page.contains("<script src=\"mermaid.min.js\"></script>"));
    }

    @Test
    void theSameModelGivesTheSamePage() throws IOException {
        assertEquals(page(temp.resolve("one")), page(temp.resolve("two")));
    }
}
