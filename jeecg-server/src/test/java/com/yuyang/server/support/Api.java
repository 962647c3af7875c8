package com.yuyang.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one JSON client of the integration tests: calls the real embedded server over java.net.http (no client-side
 * path normalisation) and logs in each demo account (password Demo@2026) once per port.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    public record Answer(int status, JsonNode body, String raw) {
        public JsonNode result() {
            return body.path("result");
        }

        public String message() {
            return body.path("message").asText();
        }
    }

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** the server's base URL, for raw requests (streams, downloads) */
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String token(String username) {
        return TOKENS.computeIfAbsent(port + ":" + username, k -> login(username, "Demo@2026"));
    }

    public String login(String username, String password) {
        Answer a = call("POST", "/api/sys/login", null, Map.of("username", username, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + a.raw());
        }
        return a.result().path("token").asText();
    }

    public Answer get(String path, String user) {
        return call("GET", path, token(user), null);
    }

    public Answer post(String path, String user, Object body) {
        return call("POST", path, token(user), body);
    }

    public Answer put(String path, String user, Object body) {
        return call("PUT", path, token(user), body);
    }

    /** Raw bytes of a GET (images): status and body. */
    public HttpResponse<byte[]> bytes(String path, String user) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Access-Token", token(user)).timeout(Duration.ofSeconds(30)).GET().build();
            return CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST multipart/form-data with one file part named "file". */
    public Answer upload(String path, String user, String filename, String contentType, byte[] content) {
        try {
            String boundary = "----safety" + System.nanoTime();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Access-Token", token(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
            HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Answer(r.statusCode(), parsed, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer delete(String path, String user) {
        return call("DELETE", path, token(user), null);
    }

    public Answer call(String method, String path, String token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    /** A call with extra request headers (e.g. the X-Api-Key of a third-party system, without a user token). */
    public Answer call(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            if (token != null) {
                b.header("X-Access-Token", token);
            }
            headers.forEach(b::header);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String json = body instanceof String s ? s : JSON.writeValueAsString(body);
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Answer(r.statusCode(), parsed, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
