-- Online engine (issue 3, helper band 2_1): keeps the safety forms' tables, which V3_0_0 creates before the
-- engine starts, in step with what the engine now derives from form-schemas/, so its start-up sync finds
-- nothing to change (SafetyModelIT). Versioned 3.0.0.21 on purpose: it must run after V3_0_0 has created the
-- tables; a V2_1_x file would run before them on a fresh database.
--
-- 1. Declared non-unique indexes carry the engine's row-scope columns (del_flag, tenant_id, and grid_id for
--    "id, grid_id" for grid-scoped forms), so list counts are answered from the index and pages are read in
--    index order (docs/online-forms.md, "List performance").
DROP INDEX ix_safety_check_item_group ON safety_check_item;
CREATE INDEX ix_safety_check_item_group ON safety_check_item (item_group, del_flag, tenant_id);
DROP INDEX ix_safety_subject_industry ON safety_subject;
CREATE INDEX ix_safety_subject_industry ON safety_subject (industry_id, del_flag, tenant_id, id, grid_id);
DROP INDEX ix_safety_subject_dept ON safety_subject;
CREATE INDEX ix_safety_subject_dept ON safety_subject (dept_id, del_flag, tenant_id, id, grid_id);
DROP INDEX ix_safety_vehicle_subject ON safety_vehicle;
CREATE INDEX ix_safety_vehicle_subject ON safety_vehicle (subject_id, del_flag, tenant_id, id, grid_id);
DROP INDEX ix_safety_employee_subject ON safety_employee;
CREATE INDEX ix_safety_employee_subject ON safety_employee (subject_id, del_flag, tenant_id, id, grid_id);

-- 2. Sensitive fields (E2): safety_subject.phone, safety_employee.id_card and .phone hold AES-GCM ciphertext
--    (column widened to the ciphertext length of the declared length) and <field>_hash the HMAC blind index.
--    Existing plain values (demo data) are encrypted at start-up by the engine's SensitiveBackfill: the key is
--    configuration, which SQL cannot reach.
ALTER TABLE safety_subject MODIFY COLUMN phone VARCHAR(144) NULL;
ALTER TABLE safety_subject ADD COLUMN phone_hash VARCHAR(64) NULL;
ALTER TABLE safety_employee MODIFY COLUMN id_card VARCHAR(136) NULL;
ALTER TABLE safety_employee ADD COLUMN id_card_hash VARCHAR(64) NULL;
ALTER TABLE safety_employee MODIFY COLUMN phone VARCHAR(144) NULL;
ALTER TABLE safety_employee ADD COLUMN phone_hash VARCHAR(64) NULL;
