package com.yuyang.base.online.metadata;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** onl_form and its projections onl_form_field / onl_form_index, over plain bound JDBC. */
@Repository
public class FormRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final FormDefinitionReader reader;

    public FormRepository(NamedParameterJdbcTemplate jdbc, FormDefinitionReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    public Optional<StoredForm> find(String code) {
        List<StoredForm> rows = jdbc.query("SELECT id, code, design_json, runtime_json, synced_version, source, version"
                + " FROM onl_form WHERE code = :code AND del_flag = 0", new MapSqlParameterSource("code", code), this::map);
        return rows.stream().findFirst();
    }

    public List<StoredForm> all() {
        return jdbc.query("SELECT id, code, design_json, runtime_json, synced_version, source, version"
                + " FROM onl_form WHERE del_flag = 0 ORDER BY code", this::map);
    }

    public boolean tableTaken(String table, String exceptCode) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM onl_form WHERE table_name = :t AND code <> :c",
                new MapSqlParameterSource("t", table).addValue("c", exceptCode), Integer.class);
        return n != null && n > 0;
    }

    public long insert(FormDef def, String source, String user) {
        long id = IdWorker.getId();
        jdbc.update("INSERT INTO onl_form (id, code, title, kind, table_name, grid_scoped, tenant_scoped, form_version,"
                + " synced_version, source, design_json, version, del_flag, create_by, create_time)"
                + " VALUES (:id, :code, :title, :kind, :table, :grid, :tenant, :fv, 0, :source, :json, 0, 0, :user, :now)",
                header(def).addValue("id", id).addValue("source", source).addValue("user", user)
                        .addValue("now", Timestamp.valueOf(LocalDateTime.now())));
        writeProjection(id, def);
        return id;
    }

    /** Saves a new design; false when {@code expectedRowVersion} is stale (someone saved in between). */
    public boolean updateDesign(StoredForm old, FormDef def, String source, String user) {
        int n = jdbc.update("UPDATE onl_form SET title = :title, kind = :kind, table_name = :table, grid_scoped = :grid,"
                + " tenant_scoped = :tenant, form_version = :fv, source = :source, design_json = :json,"
                + " version = version + 1, update_by = :user, update_time = :now WHERE id = :id AND version = :rv",
                header(def).addValue("id", old.id()).addValue("rv", old.rowVersion()).addValue("source", source)
                        .addValue("user", user).addValue("now", Timestamp.valueOf(LocalDateTime.now())));
        if (n == 1) {
            writeProjection(old.id(), def);
        }
        return n == 1;
    }

    public void markSynced(long id, FormDef runtime) {
        jdbc.update("UPDATE onl_form SET runtime_json = :json, synced_version = :v WHERE id = :id",
                new MapSqlParameterSource("json", FormDefinitionReader.write(runtime))
                        .addValue("v", runtime.formVersion()).addValue("id", id));
    }

    private MapSqlParameterSource header(FormDef def) {
        return new MapSqlParameterSource("code", def.code()).addValue("title", def.title())
                .addValue("kind", def.formKind().name().toLowerCase()).addValue("table", def.tableName())
                .addValue("grid", def.gridScopedTable() ? 1 : 0).addValue("tenant", def.tenantFiltered() ? 1 : 0)
                .addValue("fv", def.formVersion()).addValue("json", FormDefinitionReader.write(def));
    }

    private void writeProjection(long formId, FormDef def) {
        MapSqlParameterSource id = new MapSqlParameterSource("f", formId);
        jdbc.update("DELETE FROM onl_form_field WHERE form_id = :f", id);
        jdbc.update("DELETE FROM onl_form_index WHERE form_id = :f", id);
        int i = 0;
        for (FieldDef f : def.fields()) {
            jdbc.update("INSERT INTO onl_form_field (id, form_id, name, label, field_type, length_no, scale_no, required,"
                    + " unique_value, dict_code, query_mode, list_show, sortable, widget, sort_no) VALUES (:id, :f, :name,"
                    + " :label, :type, :len, :scale, :req, :uq, :dict, :q, :list, :sort, :widget, :no)",
                    new MapSqlParameterSource("id", IdWorker.getId()).addValue("f", formId).addValue("name", f.name())
                            .addValue("label", f.label()).addValue("type", f.type())
                            .addValue("len", f.length() != null ? f.length() : f.precision())
                            .addValue("scale", f.scale()).addValue("req", f.mandatory() ? 1 : 0)
                            .addValue("uq", f.uniqueValue() ? 1 : 0).addValue("dict", f.dict())
                            .addValue("q", f.queryMode().name().toLowerCase()).addValue("list", f.shownInList() ? 1 : 0)
                            .addValue("sort", f.canSort() ? 1 : 0).addValue("widget", f.widget())
                            .addValue("no", f.order() != null ? f.order() : i));
            i++;
        }
        for (IndexDef ix : def.indexList()) {
            jdbc.update("INSERT INTO onl_form_index (id, form_id, name, columns_text, unique_index) VALUES (:id, :f, :n, :c, :u)",
                    new MapSqlParameterSource("id", IdWorker.getId()).addValue("f", formId).addValue("n", ix.name())
                            .addValue("c", String.join(",", ix.fields())).addValue("u", ix.uniqueIndex() ? 1 : 0));
        }
    }

    private StoredForm map(ResultSet rs, int row) throws SQLException {
        String runtime = rs.getString("runtime_json");
        return new StoredForm(rs.getLong("id"), rs.getString("code"),
                reader.read(rs.getString("design_json"), rs.getString("code")),
                runtime == null ? null : reader.read(runtime, rs.getString("code")),
                rs.getInt("synced_version"), rs.getString("source"), rs.getInt("version"));
    }
}
