package com.yuyang.server.web;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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
    void unknownApiPathsStayJsonAndNeverTheShell() {
        for (String path : new String[] {"/api/no-such-endpoint", "/api/sys/no/such/thing"}) {
            ResponseEntity<String> r = http.getForEntity(path, String.class);
            // 404 without a security filter; 401 once unauthenticated /api calls are rejected first
            assertThat(r.getStatusCode().value()).as(path).isIn(401, 404);
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(path).isTrue();
            assertThat(r.getBody()).as(path).contains("\"success\":false").doesNotContain(SHELL);
        }
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
