package com.yuyang.traffic.safety.qrcode;

import com.yuyang.base.core.datascope.DataScopeContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Issues codes at start-up for subjects that have none (rows inserted by migrations or imports, which do
 * not pass through the online form hook). Runs after the online form loader (order 100).
 */
@Component
@Order(200)
public class QrBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QrBackfill.class);

    private final JdbcTemplate jdbc;
    private final QrCodeService codes;

    public QrBackfill(JdbcTemplate jdbc, QrCodeService codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    @Override
    public void run(ApplicationArguments args) {
        int issued = backfill();
        if (issued > 0) {
            log.info("issued QR codes for {} subjects without one", issued);
        }
    }

    public int backfill() {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT s.id, s.tenant_id FROM safety_subject s"
                + " LEFT JOIN safety_subject_qrcode q ON q.subject_id = s.id WHERE q.id IS NULL AND s.del_flag = 0");
        DataScopeContext.runAsSystem(() -> rows.forEach(r -> codes.issue(((Number) r.get("id")).longValue(),
                ((Number) r.get("tenant_id")).longValue())));
        return rows.size();
    }
}
