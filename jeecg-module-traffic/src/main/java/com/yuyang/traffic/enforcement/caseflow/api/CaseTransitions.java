package com.yuyang.traffic.enforcement.caseflow.api;

/**
 * Automatic moves made by the system (jobs, other features' rules), without a user and without role or grid
 * checks. Each call is one transaction (it joins the caller's when there is one), records a trail entry with
 * the system as actor and the reason as opinion, and publishes the same events as user actions. A concurrent
 * user action is handled by retrying on the fresh version (up to 3 times). A closed case or a route without
 * the target stage is refused with a 409 {@code BizException}; an unknown case with 404.
 */
public interface CaseTransitions {

    /** B8: files the case (立案): jumps to the route's FILE stage and waits there for the meeting opinion. */
    CaseView fileAutomatically(long caseId, String reason);

    /** Jumps to the first stage with the code after the current one (or, failing that, from the start). */
    CaseView jumpTo(long caseId, StageCode target, String reason);

    /**
     * Completes the current stage and enters the next one (closing the case after the last), but only when the
     * current stage is {@code expected}; otherwise 409 (the case moved on meanwhile, e.g. a publicity period
     * job racing a user action).
     */
    CaseView advance(long caseId, StageCode expected, String reason);

    /** Closes the case from whatever stage it is in. */
    CaseView close(long caseId, String reason);
}
