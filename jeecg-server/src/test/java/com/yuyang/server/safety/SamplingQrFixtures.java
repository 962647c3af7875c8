package com.yuyang.server.safety;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fixtures of the sampling and QR print page specs (id band 81000-81999): two test industries, three subjects
 * (grids 101, 102, 102) and a staff account whose role sees grid 102 only and holds the page codes.
 */
final class SamplingQrFixtures {

    /** industry with item 30001 (安全生产责任制), which inspector1 and inspector2 both hold */
    static final long INDUSTRY_HELD = 81201;
    /** industry with item 30011 only, which no demo inspector holds */
    static final long INDUSTRY_ORPHAN = 81202;
    static final long SUBJECT_101 = 81101;
    static final long SUBJECT_102 = 81102;
    static final long SUBJECT_102_ORPHAN = 81103;
    static final long ROLE_GRID102 = 81001;
    static final long USER_GRID102 = 81002;
    static final String USERNAME_GRID102 = "it_sqr102";
    static final String NAME_PREFIX = "抽检码测试";

    private SamplingQrFixtures() {
    }

    static synchronized void ensure(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, USER_GRID102) > 0) {
            return;
        }
        jdbc.update("INSERT INTO safety_industry (id, name, code, sort_no, status, tenant_id) VALUES (?, '抽检码测试行业甲', 'IT_SQR_A', 90, 'ACTIVE', 1)",
                INDUSTRY_HELD);
        jdbc.update("INSERT INTO safety_industry (id, name, code, sort_no, status, tenant_id) VALUES (?, '抽检码测试行业乙', 'IT_SQR_B', 91, 'ACTIVE', 1)",
                INDUSTRY_ORPHAN);
        jdbc.update("INSERT INTO safety_industry_item (id, industry_id, item_id, kind) VALUES (81301, ?, 30001, 'SUPERVISION')", INDUSTRY_HELD);
        jdbc.update("INSERT INTO safety_industry_item (id, industry_id, item_id, kind) VALUES (81302, ?, 30011, 'SUPERVISION')", INDUSTRY_ORPHAN);
        subject(jdbc, SUBJECT_101, NAME_PREFIX + "甲（鼓楼）", INDUSTRY_HELD, 101);
        subject(jdbc, SUBJECT_102, NAME_PREFIX + "乙（青山路）", INDUSTRY_HELD, 102);
        subject(jdbc, SUBJECT_102_ORPHAN, NAME_PREFIX + "丙（青山路）", INDUSTRY_ORPHAN, 102);
        // staff who sees grid 102 only and may list sampling batches and view/print the codes and read their log
        jdbc.update("INSERT INTO sys_role (id, tenant_id, code, name, data_scope) VALUES (?, 1, 'it_sqr_grid', '抽检码网格员', 'GRID')",
                ROLE_GRID102);
        jdbc.update("INSERT INTO sys_role_permission (role_id, permission_id) VALUES (?, 3300), (?, 3201), (?, 3202), (?, 3205)",
                ROLE_GRID102, ROLE_GRID102, ROLE_GRID102, ROLE_GRID102);
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " VALUES (?, 1, ?, ?, '抽检码网格员', 10, 'STAFF', 'ACTIVE')", USER_GRID102, USERNAME_GRID102, SafetyFixtures.DEMO_HASH);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, ?)", USER_GRID102, ROLE_GRID102);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 102)", USER_GRID102);
    }

    private static void subject(JdbcTemplate jdbc, long id, String name, long industry, long grid) {
        jdbc.update("INSERT INTO safety_subject (id, name, subject_type, dept_id, industry_id, status, tenant_id, grid_id)"
                + " VALUES (?, ?, 'ENTERPRISE', 10, ?, 'NORMAL', 1, ?)", id, name, industry, grid);
    }
}
