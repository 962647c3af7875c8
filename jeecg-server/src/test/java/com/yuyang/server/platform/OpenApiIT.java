package com.yuyang.server.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2 item 1 (Knife4j): the OpenAPI document and the Knife4j UI are served, for /api/** only, with the token header. */
class OpenApiIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theApiDocumentListsOurEndpointsWithTheTokenHeader() {
        ResponseEntity<String> r = http.getForEntity("/v3/api-docs/platform", String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        JsonNode doc = AdminApi.read(r.getBody());
        assertThat(doc.path("paths").has("/api/sys/dicts")).isTrue();
        assertThat(doc.path("paths").has("/api/sys/jobs/{name}/run")).isTrue();
        doc.path("paths").fieldNames().forEachRemaining(p -> assertThat(p).startsWith("/api/"));
        JsonNode params = doc.path("paths").path("/api/sys/dicts").path("get").path("parameters");
        boolean token = false;
        for (JsonNode p : params) {
            token |= "X-Access-Token".equals(p.path("name").asText()) && "header".equals(p.path("in").asText());
        }
        assertThat(token).isTrue();
        assertThat(doc.path("x-openapi").isMissingNode()).isFalse();
    }

    @Test
    void theDefaultDocumentAndTheKnife4jUiAreServed() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> config = http.getForEntity("/v3/api-docs/swagger-config", String.class);
        assertThat(config.getStatusCode().value()).isEqualTo(200);
        assertThat(config.getBody()).contains("platform");
        ResponseEntity<String> ui = http.getForEntity("/doc.html", String.class);
        assertThat(ui.getStatusCode().value()).isEqualTo(200);
        assertThat(ui.getBody()).containsIgnoringCase("<html");
    }
}
