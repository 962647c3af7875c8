package com.yuyang.traffic.safety.review;

/** A10: the service centre decided on a submission; the message centre tells the enterprise account. */
public record ReviewDecidedEvent(long submissionId, long submitterId, String kind, String status, String reason) {
}
