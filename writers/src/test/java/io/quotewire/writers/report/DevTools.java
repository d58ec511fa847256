package io.quotewire.writers.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, just enough to type into a page and read it back:
 * the JDK's HTTP and WebSocket clients and Jackson, no browser-automation library. The browser listens on a port of
 * the loopback interface that it picks itself ({@code --remote-debugging-port=0}) and names on its standard error.
 */
final class DevTools implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private DevTools(Process process, URI page) throws Exception {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(page, new Listener()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts the browser on the page and connects to the page's target. */
    static DevTools open(String chromium, String url, Path profile, Path log) throws Exception {
        List<String> command = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile, url);
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browser = listening(process, log);
            URI base = URI.create(browser.replaceFirst("^ws://([^/]+)/.*$", "http://$1/"));
            return new DevTools(process, pageTarget(base, url));
        } catch (Exception | AssertionError e) {
            stop(process);
            throw e;
        }
    }

    /** Evaluates the expression in the page and returns its value as a string (awaiting a promise). */
    String evaluate(String expression) throws Exception {
        ObjectNode params = json.createObjectNode().put("expression", "String(" + expression + ")")
                .put("returnByValue", true).put("awaitPromise", true);
        JsonNode result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
        }
        return result.at("/result/value").asString();
    }

    /** Waits until the expression is true in the page (the page may still be loading when the browser names it). */
    void await(String condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!"true".equals(evaluate("Boolean(" + condition + ")"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page never got to " + condition);
            }
            Thread.sleep(50);
        }
    }

    /** Types the text into the focused element, a key press per character, as a person would. */
    void type(String text) throws Exception {
        for (int i = 0; i < text.length(); ) {
            String key = new String(Character.toChars(text.codePointAt(i)));
            i += key.length();
            send("Input.dispatchKeyEvent", json.createObjectNode().put("type", "keyDown").put("key", key)
                    .put("text", key).put("unmodifiedText", key));
            send("Input.dispatchKeyEvent", json.createObjectNode().put("type", "keyUp").put("key", key));
        }
    }

    private JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is stopped below either way
        }
        stop(process);
    }

    /** Reads the browser's standard error (copied to the log) until it names its DevTools address. */
    private static String listening(Process process, Path log) throws Exception {
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            List<String> lines = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            } finally {
                address.completeExceptionally(new IllegalStateException("Chromium named no DevTools address: "
                        + String.join("\n", lines)));
                try {
                    Files.write(log, lines, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    // the log is only for a person
                }
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return address.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The WebSocket address of the page target showing the URL. */
    private static URI pageTarget(URI base, String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : json.readTree(body)) {
                if ("page".equals(target.path("type").asString()) && target.path("url").asString().startsWith(url)) {
                    return URI.create(target.get("webSocketDebuggerUrl").asString());
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no page target for " + url);
    }

    private static void stop(Process process) {
        // Chromium's own helper processes too, never anything else; and wait for them, since they write into the
        // profile folder until they are gone (the test then deletes it)
        List<ProcessHandle> all = new ArrayList<>();
        try (Stream<ProcessHandle> children = process.descendants()) {
            children.forEach(all::add);
        }
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // gone or stuck: nothing more to do here
            }
        }
    }

    /** Collects each message (a frame may be partial) and completes the command it answers; events are ignored. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonNode message = json.readTree(buffer.toString());
                buffer.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
