package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A1 industry item sets and A9 inspector remit: replaced as a whole, validated, guarded by permissions. */
class ItemBindingIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void a1_a9_item_sets_are_replaced_validated_and_guarded() {
        Api api = new Api(port);
        assertThat(api.get("/api/safety/industries/30105/items", "leader1").result().path("supervision").size()).isPositive();
        // a fresh industry, so the demo industries other specs rely on stay as they are
        Api.Answer created = api.post("/api/online/data/safety_industry", "admin",
                Map.of("name", "测试行业" + System.nanoTime() % 1_000_000, "code", "T" + System.nanoTime() % 1_000_000));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        String industry = "/api/safety/industries/" + created.result().asText() + "/items";
        Api.Answer set = api.put(industry, "leader1",
                Map.of("supervision", List.of(30001, 30003, 30016), "selfCheck", List.of(30006)));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.result().path("supervision").toString()).isEqualTo("[30001,30003,30016]");
        Api.Answer bad = api.put(industry, "leader1",
                Map.of("supervision", List.of(30001, 99999), "selfCheck", List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("检查项不存在");
        assertThat(api.get(industry, "leader1").result().path("supervision").toString())
                .isEqualTo("[30001,30003,30016]");
        assertThat(api.put(industry, "inspector1",
                Map.of("supervision", List.of(30001), "selfCheck", List.of())).status()).isEqualTo(403);

        assertThat(api.get("/api/safety/inspectors/2/items", "leader1").result().path("itemIds").size()).isGreaterThan(5);
        Api.Answer missing = api.put("/api/safety/inspectors/3/items", "leader1", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw()).contains("检查项不能为空");
    }
}
