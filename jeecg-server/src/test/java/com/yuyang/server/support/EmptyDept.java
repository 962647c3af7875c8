package com.yuyang.server.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A department nobody works in, for specs of "targets that reach nobody": the demo departments all have staff
 * (便民服务中心 too, since the review-management demo data), and specs must not depend on which demo rows exist.
 */
public final class EmptyDept {

    public static final long ID = 97014L;

    private EmptyDept() {
    }

    /** creates the department once per schema and answers its id */
    public static long ensure(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_dept WHERE id = ?", Integer.class, ID) == 0) {
            jdbc.update("INSERT INTO sys_dept (id, tenant_id, parent_id, path, name, code, category, sort_no)"
                    + " VALUES (?, 1, 1, '/1/97014/', '空部门', 'IT-EMPTY', 'DEPT', 99)", ID);
        }
        return ID;
    }
}
