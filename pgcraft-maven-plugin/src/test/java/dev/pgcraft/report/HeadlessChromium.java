package dev.pgcraft.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium}, headless, driven over the DevTools protocol (a WebSocket, {@code java.net.http}): enough
 * to open a page, evaluate JavaScript, take a screenshot, and keep every event the browser sends (console messages,
 * exceptions, network requests) for the test to inspect. Messages are matched with regular expressions: the few
 * fields read here need no JSON library.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String INSTALL_HINT = "Install it: apt-get update && apt-get install -y chromium "
            + "(the report's browser test needs a real Chromium; see the README's test command).";

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern VALUE = Pattern.compile("\"value\":(?:\"([^\"]*)\"|([^,}]*))");
    private static final Pattern WS_URL = Pattern.compile("\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final ConcurrentHashMap<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    /** Every event message (no id), in arrival order. */
    final List<String> events = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, String pageSocketUrl) {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(pageSocketUrl), new Listener()).join();
    }

    /** Starts the browser on an empty page; fails with how to install it when there is none. */
    static HeadlessChromium start(Path profile) throws IOException, InterruptedException {
        String binary = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new AssertionError("No chromium found at /usr/bin/chromium. " + INSTALL_HINT));
        Files.createDirectories(profile);
        // A port file left by an earlier run would point at a browser that is gone.
        Files.deleteIfExists(profile.resolve("DevToolsActivePort"));
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,1600", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop(process);
                throw new AssertionError("chromium did not start; its output:\n"
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        try {
            String port = Files.readAllLines(portFile).get(0).strip();
            String targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher url = WS_URL.matcher(targets);
            if (!url.find()) {
                throw new AssertionError("chromium lists no page to drive: " + targets);
            }
            return new HeadlessChromium(process, profile, url.group(1));
        } catch (IOException | RuntimeException | AssertionError e) {
            stop(process);
            throw e;
        }
    }

    /** Sends a command and waits for its answer (the whole JSON message). */
    String send(String method, String paramsJson) {
        int id = nextId.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true).join();
        try {
            String message = answer.get(60, TimeUnit.SECONDS);
            if (message.contains("\"error\":{")) {
                throw new AssertionError(method + " failed: " + message);
            }
            return message;
        } catch (Exception e) {
            throw new AssertionError(method + " got no answer: " + e, e);
        }
    }

    /** Evaluates a JavaScript expression whose value is a number or a string without quotes, and returns it. */
    String evaluate(String expression) {
        String answer = send("Runtime.evaluate", "{\"expression\":\"" + expression.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\",\"returnByValue\":true}");
        Matcher value = VALUE.matcher(answer);
        if (!value.find()) {
            throw new AssertionError("no value from " + expression + ": " + answer);
        }
        return value.group(1) != null ? value.group(1) : value.group(2);
    }

    /** Waits until an expression evaluates to {@code true}, or fails after {@code timeout}. */
    void waitFor(String expression, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!"true".equals(evaluate(expression))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; browser events:\n"
                        + String.join("\n", events));
            }
            Thread.sleep(100);
        }
    }

    /** The events of one method, e.g. {@code Network.requestWillBeSent}. */
    List<String> events(String method) {
        return events.stream().filter(event -> event.contains("\"method\":\"" + method + "\"")).toList();
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        stop(process);
    }

    /** Ends the browser and the processes it started (renderers, GPU), which a plain destroy would orphan. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroy);
    }

    Path profile() {
        return profile;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher id = ID.matcher(message);
                if (id.find()) {
                    CompletableFuture<String> answer = pending.remove(Integer.parseInt(id.group(1)));
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
