package com.yuyang.base.online.ddl;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DDL sync on the embedded default database: H2 in MySQL mode with the platform's URL flags. */
class H2DdlSmokeTest {

    JdbcTemplate jdbc;
    DdlSyncService sync;
    final FormDefinitionReader reader = new FormDefinitionReader();

    @BeforeEach
    void h2() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:ddl" + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE onl_ddl_log (id BIGINT PRIMARY KEY, form_code VARCHAR(64), table_name VARCHAR(64),"
                + " form_version INT, status VARCHAR(16), statements CLOB, pending CLOB, backup_table VARCHAR(64),"
                + " message VARCHAR(1000), create_by VARCHAR(64), create_time TIMESTAMP)");
        TableInspector inspector = new TableInspector(jdbc);
        sync = new DdlSyncService(jdbc, inspector, new DdlLogRepository(new NamedParameterJdbcTemplate(jdbc)),
                new TableChangeStamps(jdbc, inspector, true));
    }

    FormDef v(int version, String fields, String indexes) {
        return reader.read("{\"code\":\"h2_bus\",\"title\":\"x\",\"version\":" + version + ",\"gridScoped\":true,\"fields\":["
                + fields + "],\"indexes\":[" + indexes + "]}", "t");
    }

    @Test
    void createAddWidenIndexAndConfirmedDropWorkOnH2() {
        assertThat(new TableInspector(jdbc).dialect()).isEqualTo(SqlDialect.H2);
        String a = "{\"name\":\"plate\",\"label\":\"p\",\"type\":\"string\",\"length\":10}";
        String b = "{\"name\":\"note\",\"label\":\"n\",\"type\":\"text\"}";
        SyncReport created = sync.sync(v(1, a + "," + b, "{\"name\":\"ix_h2_bus_plate\",\"fields\":[\"plate\"],\"unique\":true}"), false, "t");
        assertThat(created.status()).isEqualTo(SyncReport.APPLIED);
        jdbc.update("INSERT INTO h2_bus (id, plate, note, create_time) VALUES (1, 'ABC', '长文本', CURRENT_TIMESTAMP)");
        assertThat(sync.plan(v(1, a + "," + b, "{\"name\":\"ix_h2_bus_plate\",\"fields\":[\"plate\"],\"unique\":true}"))).isEmpty();

        String wide = "{\"name\":\"plate\",\"label\":\"p\",\"type\":\"string\",\"length\":30}";
        String c = "{\"name\":\"price\",\"label\":\"c\",\"type\":\"decimal\",\"precision\":12,\"scale\":2}";
        SyncReport v2 = sync.sync(v(2, wide + "," + c, ""), false, "t");
        assertThat(v2.status()).isEqualTo(SyncReport.PENDING_CONFIRM);
        assertThat(v2.pending()).containsExactly("ALTER TABLE h2_bus DROP COLUMN note");
        assertThat(new TableInspector(jdbc).inspect("h2_bus").columns()).containsKeys("note", "price")
                .containsEntry("plate", new ColumnType(ColumnType.Family.VARCHAR, 30, 0));
        assertThat(new TableInspector(jdbc).inspect("h2_bus").indexes()).doesNotContainKey("ix_h2_bus_plate").containsKey("ix_h2_bus_grid");

        SyncReport confirmed = sync.sync(v(2, wide + "," + c, ""), true, "t");
        assertThat(confirmed.backupTable()).startsWith("bak_h2_bus_");
        assertThat(jdbc.queryForObject("SELECT note FROM " + confirmed.backupTable(), String.class)).isEqualTo("长文本");
        assertThat(new TableInspector(jdbc).inspect("h2_bus").columns()).doesNotContainKey("note");
        assertThat(jdbc.queryForObject("SELECT plate FROM h2_bus WHERE id = 1", String.class)).isEqualTo("ABC");
        assertThat(jdbc.queryForList("SELECT status FROM onl_ddl_log ORDER BY create_time, id", String.class))
                .isEqualTo(List.of("APPLIED", "PENDING_CONFIRM", "APPLIED"));
    }
}
