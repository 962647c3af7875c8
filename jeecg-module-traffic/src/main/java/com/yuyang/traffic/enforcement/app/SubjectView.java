package com.yuyang.traffic.enforcement.app;

import com.yuyang.base.core.crypto.Sensitive;
import com.yuyang.base.core.crypto.SensitiveKind;

/** A subject as the app shows it: phone and ID number decrypted here, masked on output unless the caller may see them. */
public record SubjectView(String id, String name, String subjectType, String contact,
                          @Sensitive(kind = SensitiveKind.PHONE) String phone,
                          @Sensitive(kind = SensitiveKind.ID_CARD) String idNo, String plate, String status, String gridId) {
}
