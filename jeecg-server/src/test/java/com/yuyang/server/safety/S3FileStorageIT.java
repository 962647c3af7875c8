package com.yuyang.server.safety;

import com.yuyang.traffic.safety.file.FileStorage;
import com.yuyang.traffic.safety.file.LocalFileStorage;
import com.yuyang.traffic.safety.file.S3FileStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A6/A8 file service in the prod setting: {@code platform.files.storage=s3} stores the bytes in a real
 * S3-compatible server (Adobe S3Mock's executable jar from Maven Central, copied to target/s3mock by the build and
 * started here as its own process on a loopback port), and the local disk stays the default.
 */
class S3FileStorageIT {

    private static Process server;
    private static int port;
    @TempDir
    static Path root;

    @BeforeAll
    static void startServer() throws Exception {
        Path jar = Path.of("target/s3mock/s3mock-exec.jar");
        assertThat(jar).as("S3Mock jar copied by maven-dependency-plugin (generate-test-resources)").exists();
        port = freePort();
        int https = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=" + https, "--server.address=127.0.0.1",
                "--com.adobe.testing.s3mock.store.root=" + root.resolve("store"))
                .redirectErrorStream(true).redirectOutput(root.resolve("s3mock.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !server.isAlive()) {
                throw new AssertionError("S3Mock did not start: " + Files.readString(root.resolve("s3mock.log")));
            }
            Thread.sleep(300);
        }
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static S3FileStorage storage(String bucket, boolean create, String prefix) {
        return new S3FileStorage("http://127.0.0.1:" + port, "us-east-1", bucket, "test-access", "test-secret", true, prefix, create);
    }

    private static String sha(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void putGetDeleteRoundTripAgainstARealS3Server() throws Exception {
        S3FileStorage s3 = storage("yuyang-files", true, "uploads");
        try {
            assertThat(s3.kind()).isEqualTo("S3");
            byte[] data = new byte[3 * 1024 * 1024 + 17];
            new SecureRandom().nextBytes(data);
            String key = "2026-11-24/" + UUID.randomUUID() + ".jpg";
            s3.put(key, new ByteArrayInputStream(data), data.length, "image/jpeg");

            try (InputStream in = s3.get(key)) {
                assertThat(sha(in.readAllBytes())).isEqualTo(sha(data));
            }
            // the prefix is part of the object key in the bucket
            HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/yuyang-files/uploads/" + key)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/jpeg"));
            assertThat(raw.body()).hasSize(data.length);

            s3.delete(key);
            assertThatThrownBy(() -> s3.get(key)).isInstanceOf(FileNotFoundException.class);
            assertThatThrownBy(() -> s3.get("../escape")).isInstanceOf(IllegalArgumentException.class);
        } finally {
            s3.destroy();
        }
    }

    @Test
    void aMissingBucketOrMissingSettingFailsTheStartInsteadOfTheFirstUpload() {
        assertThatThrownBy(() -> storage("no-such-bucket-" + System.nanoTime(), false, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> storage("", false, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("platform.files.s3.bucket");
        assertThatThrownBy(() -> new S3FileStorage("http://127.0.0.1:" + port, "us-east-1", "b", "only-access", "", true, "", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("together");
    }

    @Test
    void theStorageIsChosenByPropertyAndTheLocalDiskStaysTheDefault(@TempDir Path dir) {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(LocalFileStorage.class, S3FileStorage.class)
                .withPropertyValues("platform.files.dir=" + dir);
        runner.run(ctx -> assertThat(ctx.getBean(FileStorage.class)).isInstanceOf(LocalFileStorage.class));
        runner.withPropertyValues("platform.files.storage=s3", "platform.files.s3.endpoint=http://127.0.0.1:" + port,
                        "platform.files.s3.bucket=wired-bucket", "platform.files.s3.create-bucket=true",
                        "platform.files.s3.access-key=a", "platform.files.s3.secret-key=b")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(FileStorage.class)).isInstanceOf(S3FileStorage.class);
                });
    }
}
