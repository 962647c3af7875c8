package com.yuyang.server.auth;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P2/P8: Shiro path-normalisation bypasses against the REAL embedded server. Requests are written on a raw
 * socket so that no client normalises or re-encodes the path. Without a token, no mutation of the protected
 * path {@code /api/sys/user/info} may answer 200: 401 (or 400 for a path the guard rejects outright).
 */
class PathBypassIT extends IntegrationTest {

    static final List<String> MUTATIONS = List.of(
            "/api/sys/user/info",
            "/api/sys/user/info;x",
            "/api/sys/user/info;jsessionid=abc",
            "/api/sys/user/info/",
            "/API/SYS/USER/INFO",
            "/Api/sys/user/info",
            "/api/sys/USER/info",
            "/api/sys/x/..;/user/info",
            "/api/sys/x/../user/info",
            "/api/sys/%2e%2e/sys/user/info",
            "/api/sys/user/%2e/info",
            "/api/sys/user/info%3b",
            "/api/sys/user/info%3bx",
            "/api/sys/user/info%20",
            "/api/sys/user/info%0a",
            "/api/sys/user/info%00",
            "/api/sys%252Fuser/info",
            "/api/sys%2Fuser/info",
            "/api/./sys/user/info",
            "//api/sys/user/info",
            "/api//sys/user/info",
            "/%61pi/sys/user/info",
            "/api/sys/user/info.json",
            "/api\\sys\\user\\info",
            // anonymous-path tricks: an anonymous handler path must not open a protected one
            "/api/sys/login/..;/user/info",
            "/api/sys/login/../user/info",
            "/api/sys/captcha/..;/user/info",
            "/api/sys/captcha;/../user/info",
            "/api/sys/login%2f..%2fuser/info",
            "/actuator/health/..;/../api/sys/user/info",
            "/actuator/health/../../api/sys/user/info",
            "/;/api/sys/user/info",
            "/.;/api/sys/user/info");

    @LocalServerPort
    int port;

    @Test
    void p2_p8_noPathMutationOfAProtectedEndpointAnswers200WithoutToken() throws Exception {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String path : MUTATIONS) {
            statuses.put(path, rawGet(path));
        }
        assertThat(statuses).allSatisfy((path, status) ->
                assertThat(status).as("status of %s", path).isIn(400, 401));
        // the canonical path is 401, not just "refused"
        assertThat(statuses.get("/api/sys/user/info")).isEqualTo(401);
        assertThat(statuses.get("/API/SYS/USER/INFO")).isEqualTo(401);
        assertThat(statuses.get("/api/sys/user/info/")).isEqualTo(401);
    }

    @Test
    void p2_anonymousEndpointsStayReachableOnlyThroughTheirOwnPath() throws Exception {
        assertThat(rawGet("/api/sys/captcha")).isEqualTo(200);
        assertThat(rawGet("/actuator/health")).isEqualTo(200);
        // GET on an anonymous POST-only path is not a way in either
        assertThat(rawGet("/api/sys/login")).isIn(401, 405);
        assertThat(rawGet("/api/no/such/endpoint")).isEqualTo(401);
        assertThat(rawGet("/actuator/env")).isIn(401, 404);
        assertThat(rawGet("/v3/api-docs")).isEqualTo(200);
        assertThat(rawGet("/doc.html")).isEqualTo(200);
    }

    @Test
    void p2_statelessAnswersSetNoSessionOrRememberMeCookie() throws Exception {
        String head = rawExchange("/api/sys/captcha");
        assertThat(head).doesNotContainIgnoringCase("Set-Cookie");
    }

    int rawGet(String path) throws Exception {
        String head = rawExchange(path);
        String statusLine = head.lines().findFirst().orElse("");
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    String rawExchange(String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        }
    }
}
