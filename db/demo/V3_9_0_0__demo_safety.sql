-- Demo data of safety supervision (default profile and tests only): the 16 main-responsibility check items,
-- five industries with their items, subjects of two industries or more in grids 101 and 102 (and one in
-- sub-grid 1011 bound to enterprise1), inspector1/inspector2 bound to the items of their grids, grants.
-- QR codes are issued at start-up for subjects without one (their token needs the runtime secret).

INSERT INTO safety_check_item (id, name, item_group, cycle_days, penalty_min, penalty_max, content, sort_no, status, tenant_id, create_by, create_time) VALUES
 (30001, '安全生产责任制', 'R01', 180, 1000, 10000, '是否建立健全全员安全生产责任制，责任书签订及考核情况', 1, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30002, '安全生产管理机构及人员', 'R02', 180, 1000, 20000, '是否设置安全生产管理机构或配备专职安全管理人员', 2, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30003, '安全生产规章制度', 'R03', 180, 500, 5000, '安全生产规章制度是否健全并及时修订', 3, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30004, '安全操作规程', 'R04', 90, 500, 5000, '各岗位安全操作规程是否制定并张贴', 4, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30005, '安全生产投入', 'R05', 180, 2000, 50000, '安全生产费用是否足额提取并专款专用', 5, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30006, '安全培训教育', 'R06', 90, 1000, 10000, '从业人员三级安全教育及年度培训记录', 6, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30007, '特种作业人员持证上岗', 'R07', 60, 2000, 20000, '特种作业人员是否持有效证件上岗', 7, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30008, '隐患排查治理', 'R08', 30, 5000, 30000, '隐患排查台账、整改闭环情况', 8, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30009, '重大危险源管理', 'R09', 30, 10000, 100000, '重大危险源登记建档、监测监控及备案', 9, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30010, '应急预案及演练', 'R10', 90, 1000, 10000, '应急预案编制、备案及年度演练记录', 10, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30011, '事故报告及处理', 'R11', 180, 5000, 50000, '生产安全事故是否按规定报告并调查处理', 11, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30012, '劳动防护用品', 'R12', 90, 500, 5000, '劳动防护用品配备、发放及使用情况', 12, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30013, '设备设施安全', 'R13', 60, 2000, 20000, '设备设施维护保养、定期检测记录', 13, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30014, '车辆动态监控', 'R14', 30, 2000, 30000, '车辆卫星定位装置在线率及违规处置记录', 14, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30015, '从业人员管理', 'R15', 90, 1000, 10000, '驾驶员从业资格、诚信考核及档案管理', 15, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30016, '安全生产标准化', 'R16', 180, 1000, 20000, '安全生产标准化建设及达标情况', 16, 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP);

INSERT INTO safety_industry (id, name, code, sort_no, status, description, tenant_id, create_by, create_time) VALUES
 (30101, '道路货运', 'ROAD_FREIGHT', 1, 'ACTIVE', '普通道路货物运输企业及个体户', 1, 'demo', CURRENT_TIMESTAMP),
 (30102, '道路客运', 'ROAD_PASSENGER', 2, 'ACTIVE', '班线客运、旅游客运、包车客运', 1, 'demo', CURRENT_TIMESTAMP),
 (30103, '危险货物运输', 'DANGEROUS_GOODS', 3, 'ACTIVE', '道路危险货物运输企业', 1, 'demo', CURRENT_TIMESTAMP),
 (30104, '机动车维修', 'VEHICLE_REPAIR', 4, 'ACTIVE', '一类、二类、三类机动车维修企业', 1, 'demo', CURRENT_TIMESTAMP),
 (30105, '驾驶员培训', 'DRIVER_TRAINING', 5, 'ACTIVE', '机动车驾驶员培训机构', 1, 'demo', CURRENT_TIMESTAMP);

-- Supervision items per industry (SUPERVISION) and the subset the enterprise checks itself (SELF_CHECK).
INSERT INTO safety_industry_item (id, industry_id, item_id, kind, create_by, create_time) VALUES
 (3010101, 30101, 30001, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010102, 30101, 30003, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010103, 30101, 30006, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010104, 30101, 30008, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010105, 30101, 30010, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010106, 30101, 30014, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010107, 30101, 30015, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010151, 30101, 30006, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP), (3010152, 30101, 30008, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010153, 30101, 30014, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010201, 30102, 30001, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010202, 30102, 30002, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010203, 30102, 30006, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010204, 30102, 30008, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010205, 30102, 30010, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010206, 30102, 30014, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010207, 30102, 30015, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010208, 30102, 30016, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010251, 30102, 30006, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP), (3010252, 30102, 30008, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010253, 30102, 30010, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010301, 30103, 30001, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010302, 30103, 30002, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010303, 30103, 30007, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010304, 30103, 30008, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010305, 30103, 30009, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010306, 30103, 30010, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010307, 30103, 30012, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010308, 30103, 30014, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010351, 30103, 30008, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP), (3010352, 30103, 30009, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010353, 30103, 30012, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010401, 30104, 30001, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010402, 30104, 30004, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010403, 30104, 30007, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010404, 30104, 30008, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010405, 30104, 30012, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010406, 30104, 30013, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010451, 30104, 30004, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP), (3010452, 30104, 30012, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010453, 30104, 30013, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP),
 (3010501, 30105, 30001, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010502, 30105, 30003, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010503, 30105, 30005, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010504, 30105, 30006, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010505, 30105, 30013, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP), (3010506, 30105, 30016, 'SUPERVISION', 'demo', CURRENT_TIMESTAMP),
 (3010551, 30105, 30006, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP), (3010552, 30105, 30013, 'SELF_CHECK', 'demo', CURRENT_TIMESTAMP);

-- Subjects: grid 101 (道路货运, 道路客运, 机动车维修), sub-grid 1011 (道路货运, bound to enterprise1),
-- grid 102 (道路货运, 危险货物运输, 驾驶员培训). All supervised by 运输管理所 (dept 10).
INSERT INTO safety_subject (id, name, subject_type, credit_code, legal_person, phone, address, business_scope, registered_date, expiry_date, dept_id, industry_id, status, longitude, latitude, intro, tenant_id, grid_id, create_by, create_time) VALUES
 (31001, '榆林鼓楼货运有限公司', 'ENTERPRISE', '91610802MA70A1B23C', '王建国', '13891230001', '榆阳区鼓楼街道新建南路 12 号', '普通货运', '2015-03-18', '2035-03-17', 10, 30101, 'NORMAL', 109.734500, 38.285200, '主营区域普通货物运输，营运车辆 36 台。', 1, 101, 'demo', CURRENT_TIMESTAMP),
 (31002, '榆阳长途客运站有限公司', 'ENTERPRISE', '91610802MA70A1B24D', '陈平', '09123456789', '榆阳区鼓楼街道长城路 88 号', '班线客运、旅游客运', '2008-07-01', '2028-06-30', 10, 30102, 'NORMAL', 109.741200, 38.281900, '区内主要客运企业，班线 24 条。', 1, 101, 'demo', CURRENT_TIMESTAMP),
 (31003, '榆阳安达汽车维修厂', 'INDIVIDUAL', '92610802MA70A1B25E', '刘安达', '13891230003', '榆阳区鼓楼街道环城北路 5 号', '二类机动车维修', '2019-05-20', '2029-05-19', 10, 30104, 'NORMAL', 109.738800, 38.290100, '二类维修企业，工位 12 个。', 1, 101, 'demo', CURRENT_TIMESTAMP),
 (31004, '榆阳顺通运输有限公司', 'ENTERPRISE', '91610802MA70A1B26F', '孙顺通', '13891230004', '榆阳区鼓楼第一社区榆溪路 3 号', '普通货运、货物专用运输', '2017-09-09', '2037-09-08', 10, 30101, 'NORMAL', 109.736000, 38.287700, '企业账号 enterprise1 已扫码绑定。', 1, 1011, 'demo', CURRENT_TIMESTAMP),
 (31011, '青山路物流运输有限公司', 'ENTERPRISE', '91610802MA70A1B27G', '赵青山', '13891230011', '榆阳区青山路街道青山东路 66 号', '普通货运、仓储', '2016-11-11', '2036-11-10', 10, 30101, 'NORMAL', 109.752300, 38.270400, '营运车辆 52 台。', 1, 102, 'demo', CURRENT_TIMESTAMP),
 (31012, '榆阳化运危险品运输有限公司', 'ENTERPRISE', '91610802MA70A1B28H', '周化运', '13891230012', '榆阳区青山路街道化工路 9 号', '危险货物运输（2 类、3 类）', '2012-04-02', '2027-04-01', 10, 30103, 'NORMAL', 109.760100, 38.265800, '危货车辆 18 台，停车场 1 处。', 1, 102, 'demo', CURRENT_TIMESTAMP),
 (31013, '青山驾驶员培训学校', 'ENTERPRISE', '52610802MA70A1B29J', '吴教练', '13891230013', '榆阳区青山路街道训练场路 1 号', '机动车驾驶员培训', '2014-08-15', '2034-08-14', 10, 30105, 'NORMAL', 109.755500, 38.268200, '教练车 40 台。', 1, 102, 'demo', CURRENT_TIMESTAMP);

INSERT INTO safety_subject_account (id, subject_id, user_id, create_by, create_time) VALUES
 (3100401, 31004, 6, 'demo', CURRENT_TIMESTAMP);

-- A9: inspector1 (grid 101) holds every item of its grid's industries except 设备设施安全 (30013), so the
-- 机动车维修 subject shows an out-of-remit item; inspector2 (grid 102) lacks 事故报告及处理 and 劳动防护用品.
INSERT INTO safety_inspector_item (id, user_id, item_id, create_by, create_time) VALUES
 (3200201, 2, 30001, 'demo', CURRENT_TIMESTAMP), (3200202, 2, 30002, 'demo', CURRENT_TIMESTAMP),
 (3200203, 2, 30003, 'demo', CURRENT_TIMESTAMP), (3200204, 2, 30004, 'demo', CURRENT_TIMESTAMP),
 (3200206, 2, 30006, 'demo', CURRENT_TIMESTAMP), (3200207, 2, 30007, 'demo', CURRENT_TIMESTAMP),
 (3200208, 2, 30008, 'demo', CURRENT_TIMESTAMP), (3200210, 2, 30010, 'demo', CURRENT_TIMESTAMP),
 (3200212, 2, 30012, 'demo', CURRENT_TIMESTAMP), (3200214, 2, 30014, 'demo', CURRENT_TIMESTAMP),
 (3200215, 2, 30015, 'demo', CURRENT_TIMESTAMP), (3200216, 2, 30016, 'demo', CURRENT_TIMESTAMP),
 (3200301, 3, 30001, 'demo', CURRENT_TIMESTAMP), (3200302, 3, 30002, 'demo', CURRENT_TIMESTAMP),
 (3200303, 3, 30003, 'demo', CURRENT_TIMESTAMP), (3200305, 3, 30005, 'demo', CURRENT_TIMESTAMP),
 (3200306, 3, 30006, 'demo', CURRENT_TIMESTAMP), (3200307, 3, 30007, 'demo', CURRENT_TIMESTAMP),
 (3200308, 3, 30008, 'demo', CURRENT_TIMESTAMP), (3200309, 3, 30009, 'demo', CURRENT_TIMESTAMP),
 (3200310, 3, 30010, 'demo', CURRENT_TIMESTAMP), (3200313, 3, 30013, 'demo', CURRENT_TIMESTAMP),
 (3200314, 3, 30014, 'demo', CURRENT_TIMESTAMP), (3200315, 3, 30015, 'demo', CURRENT_TIMESTAMP),
 (3200316, 3, 30016, 'demo', CURRENT_TIMESTAMP);

INSERT INTO safety_special_matter (id, name, start_date, end_date, cycle_days, content, status, tenant_id, create_by, create_time) VALUES
 (30201, '春运安全专项检查', '2026-01-20', '2026-03-01', 7, '客运车辆安全设施、驾驶员休息、应急物资', 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30202, '危险货物运输夏季专项整治', '2026-06-01', '2026-08-31', 14, '危货车辆罐体、防晒降温、押运人员', 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP);

INSERT INTO safety_equipment_type (id, name, category, care_cycle_days, check_cycle_days, description, status, tenant_id, create_by, create_time) VALUES
 (30301, '汽车举升机', '起重机械', 7, 180, '维修企业举升设备', 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30302, '压力容器（储气罐）', '压力容器', 7, 365, '空压机储气罐', 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP),
 (30303, '场（厂）内机动车辆', '场内车辆', 30, 365, '叉车等', 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP);

INSERT INTO safety_news (id, title, category, publish_time, content, status, tenant_id, create_by, create_time) VALUES
 (30401, '关于开展道路运输安全生产大检查的通知', 'POLICY', CURRENT_TIMESTAMP, '各运输企业：为切实做好道路运输安全生产工作，决定开展安全生产大检查……', 'ACTIVE', 1, 'demo', CURRENT_TIMESTAMP);

-- Grants. inspector (3): read the safety pages, execute inspections, see warnings/rechecks, upload photos.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (3, 3000), (3, 3010), (3, 3020), (3, 3030), (3, 3040), (3, 3050), (3, 3060), (3, 3070), (3, 3080), (3, 3081), (3, 3082), (3, 3090),
 (3, 3201), (3, 3211), (3, 3220), (3, 3221), (3, 3222), (3, 3230), (3, 3240);
-- dept_leader (2): everything of safetycore.
INSERT INTO sys_role_permission (role_id, permission_id)
 SELECT 2, id FROM sys_permission WHERE id BETWEEN 3000 AND 3299;
-- enterprise (6): news and uploads; its own subject, vehicles and employees go through the self-service
-- endpoints, which filter by the bound subject (the grid-scoped online lists would show neighbours).
INSERT INTO sys_role_permission (role_id, permission_id) VALUES (6, 3000), (6, 3090), (6, 3240);
