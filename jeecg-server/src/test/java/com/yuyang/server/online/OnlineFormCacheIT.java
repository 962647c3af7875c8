package com.yuyang.server.online;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormRegistry;
import com.yuyang.base.online.schema.FormDefinitionReader;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * P3 runtime change on every instance: the metadata cache is dropped when any instance publishes a form change
 * on Redis. Here "another instance" changes the stored runtime definition and publishes, as FormService does.
 */
class OnlineFormCacheIT extends IntegrationTest {

    @Autowired
    FormRegistry registry;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ChannelTopic onlineFormTopic;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FormDefinitionReader reader;

    @Test
    void aChangePublishedByAnotherInstanceEvictsTheCachedDefinition() {
        FormDef before = registry.runtime("demo_order_item");
        String json = jdbc.queryForObject("SELECT runtime_json FROM onl_form WHERE code = 'demo_order_item'", String.class);
        String retitled = FormDefinitionReader.write(reader.read(json, "t")).replace("运单货物明细", "运单货物明细（改）");
        jdbc.update("UPDATE onl_form SET runtime_json = ? WHERE code = 'demo_order_item'", retitled);
        try {
            assertThat(registry.runtime("demo_order_item").title()).isEqualTo(before.title());
            redis.convertAndSend(onlineFormTopic.getTopic(), "demo_order_item");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> registry.runtime("demo_order_item").title().equals("运单货物明细（改）"));
        } finally {
            jdbc.update("UPDATE onl_form SET runtime_json = ? WHERE code = 'demo_order_item'", json);
            registry.changed("demo_order_item");
        }
        assertThat(onlineFormTopic.getTopic()).startsWith("it:");
    }
}
