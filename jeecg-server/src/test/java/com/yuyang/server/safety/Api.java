package com.yuyang.server.safety;

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

/** A small JSON client for the real embedded server, logging in the demo accounts once per port. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    record Answer(int status, JsonNode body, String raw) {
        JsonNode result() {
            return body.path("result");
        }

        String message() {
            return body.path("message").asText();
        }
    }

    private final int port;

    Api(int port) {
        this.port = port;
    }

    String token(String username) {
        return TOKENS.computeIfAbsent(port + ":" + username, k -> login(username, "Demo@2026"));
    }

    String login(String username, String password) {
        Answer a = call("POST", "/api/sys/login", null, Map.of("username", username, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + a.raw());
        }
        return a.result().path("token").asText();
    }

    Answer get(String path, String user) {
        return call("GET", path, token(user), null);
    }

    Answer post(String path, String user, Object body) {
        return call("POST", path, token(user), body);
    }

    Answer put(String path, String user, Object body) {
        return call("PUT", path, token(user), body);
    }

    /** Raw bytes of a GET (images): status and body. */
    HttpResponse<byte[]> bytes(String path, String user) {
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
    Answer upload(String path, String user, String filename, String contentType, byte[] content) {
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

    Answer delete(String path, String user) {
        return call("DELETE", path, token(user), null);
    }

    Answer call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            if (token != null) {
                b.header("X-Access-Token", token);
            }
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
