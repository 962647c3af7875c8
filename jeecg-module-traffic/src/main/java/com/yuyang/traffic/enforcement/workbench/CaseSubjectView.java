package com.yuyang.traffic.enforcement.workbench;

import com.yuyang.base.core.crypto.Sensitive;
import com.yuyang.base.core.crypto.SensitiveKind;

/** The case's subject on the workbench: phone and ID number decrypted here, masked on output unless the caller may see them. */
record CaseSubjectView(String id, String name, String subjectType, String contact,
                       @Sensitive(kind = SensitiveKind.PHONE) String phone,
                       @Sensitive(kind = SensitiveKind.ID_CARD) String idNo, String plate, String status) {
}
