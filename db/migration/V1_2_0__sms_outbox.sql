-- SMS outbox (C8, E2): every SMS the platform sends. In the default profile it IS the delivery channel
-- (admins read codes here); the phone is stored encrypted with a masked copy for display.
CREATE TABLE sys_sms_outbox (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    phone_enc VARCHAR(512) NOT NULL,
    phone_hash VARCHAR(64) NOT NULL,
    phone_masked VARCHAR(32) NOT NULL,
    template VARCHAR(64) NOT NULL,
    content VARCHAR(500) NOT NULL,
    provider VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    error VARCHAR(500),
    send_time TIMESTAMP NULL,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX idx_sys_sms_outbox_phone ON sys_sms_outbox (phone_hash);
CREATE INDEX idx_sys_sms_outbox_time ON sys_sms_outbox (send_time);
