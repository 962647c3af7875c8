package com.yuyang.traffic.enforcement.caseflow.api;

import java.util.List;
import java.util.Optional;

/**
 * The read API of cases for other features. {@link #find} applies the caller's grid scope (a case of another
 * grid is empty, as if it did not exist); inside {@code DataScopeContext.runAsSystem} it sees every case;
 * without a user and outside system scope it sees nothing (fails closed). The per-case lists do not check
 * the scope again: obtain the case through {@link #find} or {@link #findByPublicToken} first.
 */
public interface CaseQueries {

    Optional<CaseView> find(long caseId);

    /** The case behind a well-formed, correctly signed public token; empty for anything else. No scope. */
    Optional<CaseView> findByPublicToken(String token);

    /** Stage entries in order of entry. */
    List<CaseStageView> stages(long caseId);

    /** The action trail in time order. */
    List<CaseActionView> actions(long caseId);

    /** B4 verification records of the case, oldest first, as column → value maps (camelCase keys). */
    List<java.util.Map<String, Object>> verifications(long caseId);
}
