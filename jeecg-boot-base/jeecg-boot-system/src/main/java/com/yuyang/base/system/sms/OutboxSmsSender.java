package com.yuyang.base.system.sms;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.crypto.Masking;

import java.time.LocalDateTime;

/**
 * The default channel: the SMS is "delivered" into sys_sms_outbox, where admins read it (demo, embedded
 * profile, tests). The phone is stored encrypted; the content is stored as it would have been sent.
 */
public class OutboxSmsSender implements SmsSender {

    private final SysSmsOutboxMapper outbox;
    private final FieldCipher cipher;

    public OutboxSmsSender(SysSmsOutboxMapper outbox, FieldCipher cipher) {
        this.outbox = outbox;
        this.cipher = cipher;
    }

    @Override
    public String provider() {
        return "outbox";
    }

    @Override
    public void send(SmsMessage m) {
        SysSmsOutbox row = new SysSmsOutbox();
        row.setTenantId(1L);
        row.setPhoneEnc(cipher.encrypt(m.phone()));
        row.setPhoneHash(cipher.hash(m.phone()));
        row.setPhoneMasked(Masking.phone(m.phone()));
        row.setTemplate(m.template());
        row.setContent(m.content());
        row.setProvider(provider());
        row.setStatus("SENT");
        row.setSendTime(LocalDateTime.now());
        outbox.insert(row);
    }
}
