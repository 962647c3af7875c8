package com.yuyang.server.support;

import com.yuyang.server.YuyangApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests: the whole platform on a real embedded server (random port) against the
 * real MariaDB and Redis. Subclasses share one Spring context (same configuration), so the schema is
 * migrated once per JVM.
 */
@SpringBootTest(classes = YuyangApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::ensureCreated);
        registry.add("platform.store-prefix", () -> TestDatabase.REDIS_PREFIX);
        registry.add("platform.data-dir", () -> "target/it-data");
    }
}
