-- Issue 6, "my cases" (B11): the number of open cases per enforcer, grid and current stage, maintained by the case
-- flow engine (CaseStore) in the same transaction as every change of a case's assignee, stage or status, so the
-- per-stage counts of the list are exact without counting the enforcer's index entries on every request.
-- Only cases with an assignee, status OPEN and del_flag 0 are counted; rows at 0 stay (no delete/insert churn).
CREATE TABLE enforcement_open_case_count (
    assignee_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    current_stage VARCHAR(16) NOT NULL,
    open_count BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (assignee_id, grid_id, current_stage)
);

INSERT INTO enforcement_open_case_count (assignee_id, grid_id, current_stage, open_count)
SELECT assignee_id, grid_id, current_stage, COUNT(*) FROM enforcement_case
 WHERE assignee_id IS NOT NULL AND status = 'OPEN' AND del_flag = 0
 GROUP BY assignee_id, grid_id, current_stage;
