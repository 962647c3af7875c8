package com.yuyang.base.online.ddl;

import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.Identifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a change stamp per online form table in the database ({@code onl_table_change}): three row triggers
 * set it to a fresh {@code UUID_SHORT()} on every insert, update and delete, inside the writing transaction.
 * Because the database itself moves the stamp, it also moves for writes that bypass the engine, and a reader
 * that sees the same stamp sees the same rows. {@code UUID_SHORT()} never repeats on a server (unlike a counter,
 * which a restored backup would wind back onto values already seen).
 *
 * <p>Only tables of forms with {@code "stampedTotals": true} are tracked, only on MariaDB/MySQL; on H2, with
 * triggers disabled by configuration, or where the database user may not create triggers, a table is untracked
 * and every list page counts as before. Whether a table is tracked is re-checked a minute after the last check
 * (in the background, on the next use): triggers lost by a restore or by hand are put back, and the stamp moves
 * then, so that nothing counted while they were missing is reused.
 */
@Component
public class TableChangeStamps {

    private static final Logger log = LoggerFactory.getLogger(TableChangeStamps.class);
    private static final List<String> EVENTS = List.of("INSERT", "UPDATE", "DELETE");
    private static final int MAX_NAME = 64;

    private final JdbcTemplate jdbc;
    private final TableInspector inspector;
    private final boolean enabled;
    // re-checked in the background after a minute, so that no list request waits for information_schema
    private final LoadingCache<String, Boolean> tracked = Caffeine.newBuilder()
            .refreshAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build(this::ensure);
    private final Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TableChangeStamps(JdbcTemplate jdbc, TableInspector inspector,
                             @Value("${platform.online.change-stamps:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.inspector = inspector;
        this.enabled = enabled;
    }

    /** Whether the form reuses totals and its table's stamp moves with every write (its triggers are in place). */
    public boolean tracked(FormDef form) {
        if (!form.reusesTotals() || !available()) {
            return false;
        }
        return tracked.get(form.tableName());
    }

    /**
     * After a DDL sync: a form that reuses totals gets its triggers now rather than within a minute; one that no
     * longer does loses them, so that its writers stop serialising on the stamp.
     */
    public void afterSync(FormDef form) {
        if (!available()) {
            return;
        }
        String table = form.tableName();
        if (form.reusesTotals()) {
            tracked.put(table, ensure(table));
            return;
        }
        tracked.invalidate(table);
        if (!Identifiers.valid(table)) {
            return;
        }
        try {
            for (String event : EVENTS) {
                String name = triggerName(event, table);
                if (name != null) {
                    jdbc.execute("DROP TRIGGER IF EXISTS " + name);
                }
            }
        } catch (DataAccessException e) {
            log.warn("change-stamp triggers of {} could not be dropped: {}", table, e.getMostSpecificCause().getMessage());
        }
    }

    private boolean available() {
        return enabled && inspector.dialect() == SqlDialect.MARIADB;
    }

    /** The trigger of one event on a table ({@code onl_chg_i_<table>}), or null where the name would be too long. */
    static String triggerName(String event, String table) {
        String name = "onl_chg_" + Character.toLowerCase(event.charAt(0)) + "_" + table;
        return name.length() <= MAX_NAME ? name : null;
    }

    private boolean ensure(String table) {
        if (!Identifiers.valid(table) || triggerName("INSERT", table) == null) {
            return false;
        }
        try {
            Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", Integer.class, table);
            if (exists == null || exists == 0) {
                return false;
            }
            Set<String> present = new HashSet<>(jdbc.queryForList("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = ?", String.class, table));
            boolean created = false;
            jdbc.update("INSERT IGNORE INTO onl_table_change (table_name, change_stamp) VALUES (?, UUID_SHORT())", table);
            for (String event : EVENTS) {
                String name = triggerName(event, table);
                if (!present.contains(name)) {
                    // the table name is a validated identifier (letters, digits, underscore): safe as a literal
                    jdbc.execute("CREATE TRIGGER IF NOT EXISTS " + name + " AFTER " + event + " ON " + table
                            + " FOR EACH ROW UPDATE onl_table_change SET change_stamp = UUID_SHORT()"
                            + " WHERE table_name = '" + table + "'");
                    created = true;
                }
            }
            if (created) {
                // writes made while a trigger was missing did not move the stamp: move it now
                jdbc.update("UPDATE onl_table_change SET change_stamp = UUID_SHORT() WHERE table_name = ?", table);
                log.info("change-stamp triggers put in place on {}", table);
            }
            return true;
        } catch (DataAccessException e) {
            if (refused.add(table)) {
                log.warn("change stamps unavailable for {} (list pages will count each time): {}", table,
                        e.getMostSpecificCause().getMessage());
            }
            return false;
        }
    }
}
