package com.yuyang.server.web;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2 contract "UI at /": the UI shell answers every client-side route (history mode, so a reload
 * on /system/user works), while server paths keep their own answers: an unknown /api path is the JSON
 * envelope, never the HTML shell. The test classpath carries a stand-in static/index.html.
 */
class SpaFallbackIT extends IntegrationTest {

    private static final String SHELL = "spa-fallback-fixture";

    @Autowired
    TestRestTemplate http;

    @Test
    void rootServesTheUiShell() {
        ResponseEntity<String> r = http.getForEntity("/", String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getBody()).contains(SHELL);
    }

    @Test
    void clientRoutesOfAnyDepthFallBackToTheShell() {
        for (String route : new String[] {"/login", "/system/user", "/online/form/list/42"}) {
            ResponseEntity<String> r = http.getForEntity(route, String.class);
            assertThat(r.getStatusCode().value()).as(route).isEqualTo(200);
            assertThat(r.getHeaders().getContentType()).as(route).isNotNull();
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(route).isTrue();
            assertThat(r.getBody()).as(route).contains(SHELL);
        }
    }

    @Test
    void unknownApiPathsStayJson404AndNeverTheShell() {
        String token = login();
        for (String path : new String[] {"/api/no-such-endpoint", "/api/sys/no/such/thing"}) {
            ResponseEntity<String> r = http.exchange(path, HttpMethod.GET, withToken(token), String.class);
            assertThat(r.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(path).isTrue();
            assertThat(r.getBody()).as(path).contains("\"success\":false").doesNotContain(SHELL);

            // without a token the security filter answers first: 401, JSON as well
            ResponseEntity<String> anon = http.getForEntity(path, String.class);
            assertThat(anon.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(anon.getBody()).as(path).contains("\"success\":false").doesNotContain(SHELL);
        }
    }

    private String login() {
        ResponseEntity<JsonNode> r = http.postForEntity("/api/sys/login",
                Map.of("username", "admin", "password", "Demo@2026"), JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        return r.getBody().path("result").path("token").asText();
    }

    private static HttpEntity<Void> withToken(String token) {
        HttpHeaders h = new HttpHeaders();
        h.set("X-Access-Token", token);
        return new HttpEntity<>(h);
    }

    @Test
    void missingFilesAndServerPrefixesAreNotMaskedByTheShell() {
        for (String path : new String[] {"/assets/missing-chunk.js", "/favicon-missing.ico", "/actuator/nothing",
                "/v3/nothing", "/webjars/nothing", "/jmreport/nothing", "/drag/nothing"}) {
            ResponseEntity<String> r = http.getForEntity(path, String.class);
            assertThat(r.getStatusCode().value()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(String.valueOf(r.getBody())).as(path).doesNotContain(SHELL);
        }
    }

    @Test
    void existingStaticFilesAndApiDocsAreServedAsThemselves() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
        ResponseEntity<String> docs = http.getForEntity("/doc.html", String.class);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).doesNotContain(SHELL).containsIgnoringCase("knife4j");
    }
}
