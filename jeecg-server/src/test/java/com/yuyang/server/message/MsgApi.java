package com.yuyang.server.message;

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

/** A small JSON client for the real embedded server; demo accounts log in once per port. */
final class MsgApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    record Answer(int status, JsonNode body, String raw) {
        JsonNode result() {
            return body.path("result");
        }

        String message() {
            return body.path("message").asText();
        }
    }

    final int port;

    MsgApi(int port) {
        this.port = port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String token(String username) {
        return TOKENS.computeIfAbsent(port + ":" + username, k -> {
            Answer a = call("POST", "/api/sys/login", null, Map.of("username", username, "password", "Demo@2026"));
            if (a.status() != 200) {
                throw new AssertionError("login of " + username + " failed: " + a.raw());
            }
            return a.result().path("token").asText();
        });
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

    Answer delete(String path, String user) {
        return call("DELETE", path, token(user), null);
    }

    Answer call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
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

    long unread(String user) {
        Answer a = get("/api/msg/my/unread-count", user);
        if (a.status() != 200) {
            throw new AssertionError(a.raw());
        }
        return a.result().path("count").asLong();
    }
}
