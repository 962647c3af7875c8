package com.yuyang.traffic.safety.subject;

import java.time.LocalDate;

/**
 * A subject as the apps see it. The phone is the enterprise's public contact number (shown in full to the
 * grid's inspectors and to the bound enterprise, the only callers that get this view).
 */
public record SubjectView(String id, String name, String subjectType, String creditCode, String legalPerson,
                          String phone, String address, String businessScope, LocalDate registeredDate,
                          LocalDate expiryDate, String deptId, String gridId, String industryId, String status,
                          String intro) {

    /** @param phone the clear phone ({@link SubjectPhones#clear}); the entity holds it encrypted */
    public static SubjectView of(SafetySubject s, String phone) {
        return new SubjectView(String.valueOf(s.getId()), s.getName(), s.getSubjectType(), s.getCreditCode(),
                s.getLegalPerson(), phone, s.getAddress(), s.getBusinessScope(), s.getRegisteredDate(),
                s.getExpiryDate(), str(s.getDeptId()), str(s.getGridId()), str(s.getIndustryId()), s.getStatus(),
                s.getIntro());
    }

    private static String str(Long v) {
        return v == null ? null : String.valueOf(v);
    }
}
