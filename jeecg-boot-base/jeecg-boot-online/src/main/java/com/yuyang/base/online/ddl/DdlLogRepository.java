package com.yuyang.base.online.ddl;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** onl_ddl_log: one row per sync, whatever its outcome. */
@Repository
public class DdlLogRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public DdlLogRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void log(SyncReport r, String message, String user) {
        jdbc.update("INSERT INTO onl_ddl_log (id, form_code, table_name, form_version, status, statements, pending,"
                + " backup_table, message, create_by, create_time) VALUES (:id, :f, :t, :v, :s, :st, :p, :b, :m, :u, :now)",
                new MapSqlParameterSource("id", IdWorker.getId()).addValue("f", r.form()).addValue("t", r.table())
                        .addValue("v", r.version()).addValue("s", r.status())
                        .addValue("st", String.join(";\n", r.applied())).addValue("p", String.join(";\n", r.pending()))
                        .addValue("b", r.backupTable())
                        .addValue("m", message == null ? null : message.substring(0, Math.min(message.length(), 1000)))
                        .addValue("u", user).addValue("now", Timestamp.valueOf(LocalDateTime.now())));
    }

    public List<Map<String, Object>> history(String form) {
        return jdbc.queryForList("SELECT form_version, status, statements, pending, backup_table, message, create_by,"
                + " create_time FROM onl_ddl_log WHERE form_code = :f ORDER BY create_time DESC, id DESC",
                new MapSqlParameterSource("f", form));
    }
}
