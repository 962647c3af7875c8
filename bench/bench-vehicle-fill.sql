-- Fills the bench-only online form table bench_vehicle with @rows rows in one INSERT ... SELECT from
-- MariaDB's SEQUENCE engine (no row-by-row inserts). Rows are spread over grids 101/1011/102, four
-- vehicle types, ten years of register dates (pseudo-random day), tenant 1. Ids are far above the app's.
INSERT INTO bench_vehicle (id, tenant_id, grid_id, plate_no, owner_name, vehicle_type, seats, load_tons,
                           register_date, in_service, remark, version, del_flag, create_by, create_time,
                           update_by, update_time)
SELECT 1000000000 + s.seq,
       1,
       ELT(1 + s.seq % 3, 101, 1011, 102),
       CONCAT('陕K', LPAD(s.seq, 7, '0')),
       CONCAT('车主', s.seq % 5000),
       ELT(1 + (s.seq DIV 3) % 4, 'bus', 'truck', 'taxi', 'van'),
       1 + s.seq % 60,
       (s.seq % 4000) / 100,
       DATE '2016-01-01' + INTERVAL ((s.seq * 7919) % 3653) DAY,
       s.seq % 10 <> 0,
       NULL,
       0, 0, 'bench', NOW(), 'bench', NOW()
FROM seq_1_to_@rows s;
