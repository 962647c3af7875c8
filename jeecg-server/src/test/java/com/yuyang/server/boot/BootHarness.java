package com.yuyang.server.boot;

import com.yuyang.server.YuyangApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Starts the real application in its own Spring context (not the shared IntegrationTest one), the way
 * {@code java -jar} does: a profile plus command-line arguments, which outrank every profile file.
 * Callers close the returned context.
 */
final class BootHarness implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BootHarness(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BootHarness start(String[] profiles, String... args) {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(YuyangApplication.class)
                .profiles(profiles)
                .run(args);
        return new BootHarness(ctx);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            b.header("X-Access-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    /** A loopback port nothing listens on (bound, then released). */
    static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
