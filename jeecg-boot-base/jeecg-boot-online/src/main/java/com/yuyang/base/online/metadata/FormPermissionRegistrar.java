package com.yuyang.base.online.metadata;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Creates a form's permission codes in sys_permission (a page under the 在线表单 menu and one button per
 * action) so that they can be granted to roles like any other code. Idempotent.
 */
@Component
public class FormPermissionRegistrar {

    /** The 在线表单 menu node of V2_0_0. */
    public static final long ONLINE_DATA_MENU_ID = 2010L;

    public enum Action {
        LIST("查看"), ADD("新增"), EDIT("编辑"), DELETE("删除"), IMPORT("导入"), EXPORT("导出");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String code(String form) {
            return "online:" + form + ":" + name().toLowerCase();
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public FormPermissionRegistrar(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure(FormDef def) {
        Long pageId = idOf(Action.LIST.code(def.code()));
        if (pageId == null) {
            pageId = IdWorker.getId();
            insert(pageId, ONLINE_DATA_MENU_ID, "PAGE", Action.LIST.code(def.code()), def.title(),
                    "/online/data/" + def.code(), "online/data/index", 0);
        }
        int i = 1;
        for (Action a : List.of(Action.ADD, Action.EDIT, Action.DELETE, Action.IMPORT, Action.EXPORT)) {
            if (idOf(a.code(def.code())) == null) {
                insert(IdWorker.getId(), pageId, "BUTTON", a.code(def.code()), a.label + def.title(), null, null, i);
            }
            i++;
        }
    }

    private Long idOf(String code) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM sys_permission WHERE code = :c",
                new MapSqlParameterSource("c", code), Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private void insert(long id, long parent, String type, String code, String name, String path, String component, int sort) {
        jdbc.update("INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, sort_no, hidden,"
                + " version, del_flag, create_by, create_time) VALUES (:id, :p, :t, :c, :n, :path, :comp, :s, 0, 0, 0,"
                + " 'online', :now)", new MapSqlParameterSource("id", id).addValue("p", parent).addValue("t", type)
                .addValue("c", code).addValue("n", name.length() > 100 ? name.substring(0, 100) : name)
                .addValue("path", path).addValue("comp", component).addValue("s", sort)
                .addValue("now", Timestamp.valueOf(LocalDateTime.now())));
    }
}
