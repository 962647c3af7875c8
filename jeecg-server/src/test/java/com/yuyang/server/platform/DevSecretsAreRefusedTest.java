package com.yuyang.server.platform;

import com.yuyang.base.core.startup.SecretsGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2 item 10: whatever development secrets application.yml ships, the prod guard refuses them. */
class DevSecretsAreRefusedTest {

    @Test
    void theSecretsOfApplicationYmlAreRefusedInProd() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties p = yaml.getObject();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String key : new String[] {"platform.security.token-secret", "platform.security.crypto-key", "platform.security.hash-key"}) {
            assertThat(p.getProperty(key)).as(key).isNotBlank();
            secrets.put(key, p.getProperty(key));
        }
        assertThat(new SecretsGuard(secrets).violations()).hasSize(3).allMatch(v -> v.startsWith("密钥仍为开发默认值"));
    }
}
