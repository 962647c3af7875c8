package com.yuyang.server.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

/**
 * HTTP calls as the demo admin. Logs in through POST /api/sys/login when the authentication module is
 * present (then every call carries X-Access-Token); before it is merged the permission annotations are
 * inert and the calls go without a token.
 */
final class AdminApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String username;
    private String token;
    private boolean triedLogin;

    AdminApi(TestRestTemplate http) {
        this(http, "admin");
    }

    /** calls as another demo account (password Demo@2026) */
    AdminApi(TestRestTemplate http, String username) {
        this.http = http;
        this.username = username;
    }

    /** calls without any token */
    static AdminApi anonymous(TestRestTemplate http) {
        AdminApi a = new AdminApi(http, null);
        a.triedLogin = true;
        return a;
    }

    String token() {
        if (!triedLogin) {
            triedLogin = true;
            ResponseEntity<String> r = http.postForEntity("/api/sys/login",
                    json(Map.of("username", username, "password", "Demo@2026"), null), String.class);
            if (r.getStatusCode().is2xxSuccessful()) {
                token = read(r.getBody()).path("result").path("token").asText(null);
            }
        }
        return token;
    }

    boolean authenticated() {
        return token() != null;
    }

    Response get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    Response post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    Response put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    Response delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    Response exchange(HttpMethod method, String path, Object body) {
        ResponseEntity<String> r = http.exchange(path, method, json(body, token()), String.class);
        return new Response(r.getStatusCode().value(), read(r.getBody()), r.getBody());
    }

    private static HttpEntity<String> json(Object body, String token) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            h.set("X-Access-Token", token);
        }
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            return new HttpEntity<>(text, h);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    record Response(int status, JsonNode json, String raw) {
        JsonNode result() {
            return json.path("result");
        }

        String message() {
            return json.path("message").asText();
        }
    }
}
