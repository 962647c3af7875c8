-- Change stamps of online form tables (MariaDB/MySQL). Triggers that the DDL sync puts on every form table
-- set the table's stamp to a fresh UUID_SHORT() on each inserted, updated or deleted row, in the writer's own
-- transaction, whoever the writer is (the engine, a hand-written service, a console). A list total counted at a
-- stamp stays exact for as long as the stamp is unchanged, so the data API answers repeated filters without a
-- COUNT. H2 (embedded mode) has no such triggers: there every list page counts.
CREATE TABLE onl_table_change (
    table_name VARCHAR(64) NOT NULL PRIMARY KEY,
    change_stamp DECIMAL(20, 0) NOT NULL
);
