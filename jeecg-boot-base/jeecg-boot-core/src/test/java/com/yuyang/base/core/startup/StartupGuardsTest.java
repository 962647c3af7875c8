package com.yuyang.base.core.startup;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 2 items 10 and 13: each prod start-up guard, alone and together. */
class StartupGuardsTest {

    private static final String STRONG = "a-real-random-secret-9f8e7d6c5b4a";

    private static Map<String, String> secrets(String token, String crypto, String hash) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("platform.security.token-secret", token);
        m.put("platform.security.crypto-key", crypto);
        m.put("platform.security.hash-key", hash);
        return m;
    }

    @Test
    void secretsMustBeSetAndNotTheDevelopmentDefaults() {
        assertThat(new SecretsGuard(secrets(STRONG, STRONG, STRONG)).violations()).isEmpty();
        assertThat(new SecretsGuard(secrets("", null, "  ")).violations())
                .containsExactly("密钥未配置：platform.security.token-secret", "密钥未配置：platform.security.crypto-key",
                        "密钥未配置：platform.security.hash-key");
        assertThat(new SecretsGuard(secrets("dev-only-token-secret-change-me-0123456789abcdef",
                "ZGV2LW9ubHktYWVzLWtleS1jaGFuZ2UtbWUtMTIzNDU=", "dev-only-hmac-key-change-me")).violations())
                .hasSize(3).allMatch(v -> v.startsWith("密钥仍为开发默认值"));
        assertThat(new SecretsGuard(secrets(STRONG, "short", STRONG)).violations())
                .containsExactly("密钥过短（至少 16 个字符）：platform.security.crypto-key");
    }

    @Test
    void theXxlJobTokenMustBeSetAndNotTheKnownDefault() {
        assertThat(new XxlTokenGuard("xxl", STRONG).violations()).isEmpty();
        assertThat(new XxlTokenGuard("xxl", "").violations()).singleElement().asString().contains("未配置");
        assertThat(new XxlTokenGuard("xxl", null).violations()).singleElement().asString().contains("未配置");
        assertThat(new XxlTokenGuard("xxl", "default_token").violations()).singleElement().asString().contains("默认值");
        // the placeholder of docker/.env.example
        assertThat(new XxlTokenGuard("xxl", "change-me-xxl-token").violations()).singleElement().asString().contains("默认值");
        assertThat(new XxlTokenGuard("local", STRONG).violations()).singleElement().asString().contains("platform.job.mode");
    }

    @Test
    void demoAccountsMustNotKeepTheDemoPassword() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("admin", bcrypt.encode("Another#Pass1"));
        hashes.put("inspector1", bcrypt.encode("Demo@2026"));
        hashes.put("leader1", "$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG");
        assertThat(new DemoPasswordGuard(() -> hashes).violations())
                .containsExactly("演示账号仍在使用演示密码：inspector1（请先修改密码或删除该账号）",
                        "演示账号仍在使用演示密码：leader1（请先修改密码或删除该账号）");
        assertThat(new DemoPasswordGuard(Map::of).violations()).isEmpty();
    }

    @Test
    void startUpFailsWithEveryProblemListedOrPassesWhenNoneIsLeft() {
        ProdStartupGuards bad = new ProdStartupGuards(List.of(
                new SecretsGuard(secrets("", STRONG, STRONG)), new XxlTokenGuard("xxl", "default_token")));
        assertThatThrownBy(bad::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("生产环境拒绝启动")
                .hasMessageContaining("platform.security.token-secret")
                .hasMessageContaining("xxl-job 访问令牌为公开的默认值");
        ProdStartupGuards good = new ProdStartupGuards(List.of(
                new SecretsGuard(secrets(STRONG, STRONG, STRONG)), new XxlTokenGuard("xxl", STRONG), new DemoPasswordGuard(Map::of)));
        assertThatCode(good::check).doesNotThrowAnyException();
    }
}
