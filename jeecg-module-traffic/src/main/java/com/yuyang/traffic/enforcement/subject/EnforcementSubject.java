package com.yuyang.traffic.enforcement.subject;

/** The non-sensitive part of an enforced subject (B2) as other code needs it. */
public record EnforcementSubject(long id, String name, String subjectType, Long gridId, String plate, String status) {
}
