package dev.pgcraft.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report page in a real headless Chromium: it renders, Mermaid draws each schema's diagram with one entity
 * node per dimension, the console stays free of errors, and the page requests nothing but its own files. The
 * screenshot is kept as {@code target/report-browser/report.png}. Needs Debian's {@code chromium}: without it the
 * test fails and says how to install it (never skipped).
 */
class ReportInBrowserTest {

    private static final Path OUT = Path.of("target", "report-browser").toAbsolutePath();
    private static final Pattern REQUEST_URL = Pattern.compile("\"request\":\\{\"url\":\"([^\"]*)\"");

    @Test
    void thePageDrawsOneNodePerDimensionOfflineAndWithoutErrors() throws IOException, InterruptedException {
        Path site = OUT.resolve("site");
        Files.createDirectories(OUT);
        Path page = ReportWriter.write(new ReportOptions(ErdTest.model(OUT), "src/main/pgcraft/pgcraft.xml",
                OUT.resolve("no-migrations"), null, null, site));
        try (HeadlessChromium browser = HeadlessChromium.start(OUT.resolve("profile"))) {
            browser.send("Runtime.enable", "{}");
            browser.send("Log.enable", "{}");
            browser.send("Network.enable", "{}");
            browser.send("Page.enable", "{}");
            browser.send("Page.navigate", "{\"url\":\"" + page.toUri() + "\"}");
            browser.waitFor("document.readyState === 'complete' && document.querySelectorAll('pre.mermaid svg').length"
                    + " === 2", Duration.ofSeconds(60), "both diagrams to be drawn");

            // One node per dimension: dim has 3; ops has its ledger plus dim.products, which it references.
            assertEquals("3", browser.evaluate("document.querySelectorAll('#schema-dim svg g.node').length"));
            assertEquals("2", browser.evaluate("document.querySelectorAll('#schema-ops svg g.node').length"));
            assertEquals("4", browser.evaluate("document.querySelectorAll('section.dimension').length"));
            // The search box filters the sections.
            browser.evaluate("(function(){var s=document.getElementById('search');s.value='ledger';"
                    + "s.dispatchEvent(new Event('input'));return 1;})()");
            assertEquals("1 of 4 dimensions", browser.evaluate("document.getElementById('count').textContent"));
            browser.evaluate("(function(){var s=document.getElementById('search');s.value='';"
                    + "s.dispatchEvent(new Event('input'));return 1;})()");

            String screenshot = browser.send("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true}");
            Matcher data = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(screenshot);
            if (!data.find()) {
                throw new AssertionError("no screenshot data: " + screenshot.substring(0, Math.min(200, screenshot.length())));
            }
            Files.write(OUT.resolve("report.png"), Base64.getDecoder().decode(data.group(1)));

            List<String> errors = new java.util.ArrayList<>();
            browser.events("Runtime.exceptionThrown").forEach(errors::add);
            browser.events("Runtime.consoleAPICalled").stream().filter(e -> e.contains("\"type\":\"error\"")
                    || e.contains("\"type\":\"warning\"")).forEach(errors::add);
            browser.events("Log.entryAdded").stream().filter(e -> e.contains("\"level\":\"error\"")).forEach(errors::add);
            assertEquals(List.of(), errors, "console errors");

            List<String> requests = browser.events("Network.requestWillBeSent").stream().map(REQUEST_URL::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).toList();
            assertEquals(List.of(page.toUri().toString(), site.resolve(ReportPage.MERMAID_FILE).toUri().toString()),
                    requests.stream().filter(url -> !url.startsWith("data:")).toList(), "requests besides the page's own files");
        }
    }
}
