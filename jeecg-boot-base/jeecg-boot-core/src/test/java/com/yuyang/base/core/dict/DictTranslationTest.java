package com.yuyang.base.core.dict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @Dict} fields gain {@code <field>_dictText}; one label lookup per dictionary per response. */
class DictTranslationTest {

    record Row(long id, @Dict("user_status") String status, @Dict("sex") Integer sex, String name) {
    }

    static class Bean {
        @Dict("user_status")
        private String status = "DISABLED";

        public String getStatus() {
            return status;
        }
    }

    private final AtomicInteger lookups = new AtomicInteger();

    private ObjectMapper mapper() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("translator", (DictTranslator) code -> {
            lookups.incrementAndGet();
            return switch (code) {
                case "user_status" -> Map.of("ACTIVE", "正常", "DISABLED", "停用");
                case "sex" -> Map.of("1", "男", "2", "女");
                default -> Map.of();
            };
        });
        return new ObjectMapper().registerModule(new DictJacksonConfig().dictTranslationModule(beans.getBeanProvider(DictTranslator.class)));
    }

    @Test
    void aListOfAThousandRowsCostsOneLookupPerDictionary() throws Exception {
        ObjectMapper json = mapper();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Row(i, i % 2 == 0 ? "ACTIVE" : "DISABLED", i % 3 == 0 ? null : 1 + i % 2, "n" + i));
        }
        JsonNode out = json.readTree(json.writeValueAsString(Map.of("result", rows)));
        assertThat(lookups.get()).isEqualTo(2);
        JsonNode first = out.path("result").get(0);
        assertThat(first.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(first.path("status_dictText").asText()).isEqualTo("正常");
        assertThat(first.path("sex_dictText").isNull()).isTrue();
        assertThat(out.path("result").get(1).path("status_dictText").asText()).isEqualTo("停用");
        assertThat(out.path("result").get(1).path("sex_dictText").asText()).isEqualTo("女");
        assertThat(first.has("name_dictText")).isFalse();

        // a new response looks the labels up again (they may have changed in between)
        json.writeValueAsString(rows.subList(0, 3));
        assertThat(lookups.get()).isEqualTo(4);
    }

    @Test
    void annotatedFieldsOfPlainBeansAreTranslatedToo() throws Exception {
        JsonNode out = mapper().readTree(mapper().writeValueAsString(new Bean()));
        assertThat(out.path("status_dictText").asText()).isEqualTo("停用");
    }

    @Test
    void anUnknownValueTranslatesToNull() throws Exception {
        JsonNode out = mapper().readTree(mapper().writeValueAsString(new Row(1, "GONE", 9, "x")));
        assertThat(out.path("status_dictText").isNull()).isTrue();
        assertThat(out.path("sex_dictText").isNull()).isTrue();
    }
}
