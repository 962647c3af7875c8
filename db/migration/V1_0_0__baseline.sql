-- Baseline: portable DDL for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.
-- Rules for every migration in this folder: no ENGINE/COMMENT clauses, indexes as separate
-- CREATE INDEX statements, BIGINT ids assigned by the application, logical delete via del_flag.
CREATE TABLE sys_schema_info (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO sys_schema_info (id, name) VALUES (1, 'yuyang-platform');
