package com.yuyang.traffic.safety.subject;

import com.yuyang.base.core.crypto.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * The contact phone of a subject in clear. The online form declares {@code phone} sensitive (E2): the column holds
 * AES-GCM ciphertext and {@code phone_hash} its blind index; a row whose hash is still empty holds a plain value
 * written before that (encrypted by the engine's start-up backfill).
 */
@Component
public class SubjectPhones {

    private final FieldCipher cipher;

    public SubjectPhones(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public String clear(SafetySubject s) {
        if (s.getPhone() == null || s.getPhoneHash() == null) {
            return s.getPhone();
        }
        return cipher.decrypt(s.getPhone());
    }
}
