package com.yuyang.server.online;

import com.yuyang.base.online.metadata.FormService;
import com.yuyang.base.online.schema.FormDefinitionReader;
import com.yuyang.base.online.schema.FormSchemaLoader;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** P3 form-schemas loading: a newer file version is applied and synced, an older one ignored, nothing dropped. */
class OnlineFormVersionLoadIT extends IntegrationTest {

    @Autowired
    FormSchemaLoader loader;
    @Autowired
    FormDefinitionReader reader;
    @Autowired
    FormService forms;
    @Autowired
    JdbcTemplate jdbc;

    private void load(int version, String fields) {
        loader.apply(reader.read("{\"code\":\"ld_probe\",\"title\":\"版本探针\",\"version\":" + version + ",\"fields\":["
                + fields + "]}", "ld_probe.json"));
    }

    @Test
    void newerVersionsAreAppliedOlderIgnoredAndRemovedFieldsKeptUntilConfirmed() {
        String a = "{\"name\":\"a\",\"label\":\"甲\",\"type\":\"string\",\"length\":10}";
        String b = "{\"name\":\"b\",\"label\":\"乙\",\"type\":\"int\"}";
        String c = "{\"name\":\"c\",\"label\":\"丙\",\"type\":\"date\"}";
        load(1, a + "," + b);
        jdbc.update("INSERT INTO ld_probe (id, a, b) VALUES (1, 'x', 7)");

        load(2, a + "," + c);
        assertThat(forms.get("ld_probe").design().formVersion()).isEqualTo(2);
        assertThat(forms.get("ld_probe").syncedVersion()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT b FROM ld_probe WHERE id = 1", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = 'ld_probe' AND column_name = 'c'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT pending FROM onl_ddl_log WHERE form_code = 'ld_probe' AND form_version = 2",
                String.class)).isEqualTo("ALTER TABLE ld_probe DROP COLUMN b");

        load(1, a);
        assertThat(forms.get("ld_probe").design().field("c")).isPresent();
        assertThat(forms.get("ld_probe").design().formVersion()).isEqualTo(2);
    }
}
