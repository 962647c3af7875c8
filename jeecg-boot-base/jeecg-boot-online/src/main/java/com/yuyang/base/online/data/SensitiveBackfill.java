package com.yuyang.base.online.data;

import com.yuyang.base.online.ddl.TableInspector;
import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormRepository;
import com.yuyang.base.online.metadata.Identifiers;
import com.yuyang.base.online.metadata.StoredForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Encrypts plain values of sensitive fields at start-up, after the form-schemas loader has synced the tables
 * (so the blind-index columns exist): demo or legacy rows written before a field became sensitive, and rows
 * written by code that bypassed the engine. SQL migrations cannot do this (the key is configuration), hence Java.
 * Idempotent and safe with several instances: a row is touched only while its blind index is empty and its value
 * is still the plain value just read (conditional update), so a value is never encrypted twice.
 */
@Component
@Order(110)
public class SensitiveBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SensitiveBackfill.class);
    private static final int BATCH = 500;

    private final FormRepository forms;
    private final TableInspector tables;
    private final NamedParameterJdbcTemplate jdbc;
    private final SensitiveFields sensitive;

    public SensitiveBackfill(FormRepository forms, TableInspector tables, NamedParameterJdbcTemplate jdbc,
                             SensitiveFields sensitive) {
        this.forms = forms;
        this.tables = tables;
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (StoredForm stored : forms.all()) {
            FormDef form = stored.runtime();
            if (form == null || !SensitiveFields.any(form)) {
                continue;
            }
            Map<String, ?> columns = tables.inspect(form.tableName()).columns();
            for (FieldDef f : form.fields()) {
                if (f.encrypted() && columns.containsKey(f.hashColumn())) {
                    int n = encrypt(form, f);
                    if (n > 0) {
                        log.info("online form {}: encrypted {} plain values of sensitive field {}", form.code(), n, f.name());
                    }
                }
            }
        }
    }

    /** Encrypts every plain value of one field; returns how many rows were changed. */
    public int encrypt(FormDef form, FieldDef f) {
        String table = Identifiers.quoteFree(form.tableName());
        String col = Identifiers.quoteFree(f.name());
        String hash = Identifiers.quoteFree(f.hashColumn());
        String select = "SELECT id, " + col + " AS v FROM " + table + " WHERE " + hash + " IS NULL AND " + col
                + " IS NOT NULL AND id > :after ORDER BY id LIMIT :n";
        String update = "UPDATE " + table + " SET " + col + " = :enc, " + hash + " = :hash WHERE id = :id AND " + hash
                + " IS NULL AND " + col + " = :plain";
        int changed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(select,
                    new MapSqlParameterSource("after", after).addValue("n", BATCH));
            for (Map<String, Object> r : rows) {
                long id = ((Number) r.get("id")).longValue();
                String plain = String.valueOf(r.get("v"));
                after = id;
                Map<String, Object> sealed = new java.util.LinkedHashMap<>();
                sealed.put(f.name(), plain.isBlank() ? null : plain);
                sensitive.seal(form, sealed);
                changed += jdbc.update(update, new MapSqlParameterSource("id", id).addValue("plain", plain)
                        .addValue("enc", sealed.get(f.name())).addValue("hash", sealed.get(f.hashColumn())));
            }
            if (rows.size() < BATCH) {
                return changed;
            }
        }
    }
}
