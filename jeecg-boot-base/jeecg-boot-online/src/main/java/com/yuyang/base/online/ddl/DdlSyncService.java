package com.yuyang.base.online.ddl;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.metadata.FormDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings a form's table in line with its definition. Safe steps always run; destructive ones only with
 * {@code confirm}, and then only after the whole table has been copied to a backup table. Every run is logged.
 * (DDL is not transactional on MariaDB: a failure part-way is logged with the statements that did run.)
 */
@Service
public class DdlSyncService {

    private static final Logger log = LoggerFactory.getLogger(DdlSyncService.class);

    private final JdbcTemplate jdbc;
    private final TableInspector inspector;
    private final DdlLogRepository ddlLog;
    private final TableChangeStamps stamps;

    public DdlSyncService(JdbcTemplate jdbc, TableInspector inspector, DdlLogRepository ddlLog, TableChangeStamps stamps) {
        this.jdbc = jdbc;
        this.inspector = inspector;
        this.ddlLog = ddlLog;
        this.stamps = stamps;
    }

    public List<DdlStep> plan(FormDef def) {
        return DdlPlanner.plan(def, inspector.inspect(def.tableName()), inspector.dialect());
    }

    public SyncReport sync(FormDef def, boolean confirm, String user) {
        List<DdlStep> steps = plan(def);
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String backup = null;
        boolean destructiveToRun = confirm && steps.stream().anyMatch(DdlStep::destructive);
        try {
            if (destructiveToRun) {
                backup = backupTable(def.tableName());
                applied.add("CREATE TABLE " + backup + " AS SELECT * FROM " + def.tableName());
            }
            for (DdlStep s : steps) {
                if (s.destructive() && !confirm) {
                    pending.add(s.sql());
                    continue;
                }
                jdbc.execute(s.sql());
                applied.add(s.sql());
            }
        } catch (RuntimeException e) {
            SyncReport failed = new SyncReport(def.code(), def.tableName(), def.formVersion(), SyncReport.FAILED,
                    applied, pending, backup);
            ddlLog.log(failed, rootMessage(e), user);
            log.warn("DDL sync of form {} failed after {} statements", def.code(), applied.size(), e);
            throw new BizException(400, "同步数据库失败：" + rootMessage(e), failed);
        }
        String status = !pending.isEmpty() ? SyncReport.PENDING_CONFIRM
                : applied.isEmpty() ? SyncReport.UNCHANGED : SyncReport.APPLIED;
        SyncReport report = new SyncReport(def.code(), def.tableName(), def.formVersion(), status, applied, pending, backup);
        ddlLog.log(report, pending.isEmpty() ? null : "破坏性变更需确认后执行", user);
        stamps.afterSync(def);
        return report;
    }

    private String backupTable(String table) {
        String name = "bak_" + table + "_" + Long.toString(System.currentTimeMillis(), 36);
        jdbc.execute("CREATE TABLE " + name + " AS SELECT * FROM " + table);
        return name;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
