package com.yuyang.traffic.enforcement.caseflow.api;

/**
 * The extension point of the engine: a Spring bean that validates and performs one action of one stage
 * (e.g. MEASURES + "measures": choose measures from the catalogue). The engine looks handlers up by
 * (current stage, action name); a handler whose {@link #stage()} is {@code null} serves every stage, a
 * stage-specific one wins over it.
 * <p>
 * {@link #handle} runs inside the engine's transaction, after the engine has checked the caller's role on
 * the stage and claimed the case (conditional update on its version: a concurrent action already got 409).
 * Throw a {@code BizException} (400 with a Chinese message) to refuse: everything rolls back, the trail
 * included. Write your own tables freely; never write the engine's tables, return an outcome instead.
 */
public interface StageActionHandler {

    /** The stage served, or {@code null} for an action available on every stage. */
    StageCode stage();

    /** The action name of {@code POST /api/enforcement/cases/{id}/actions} ({@code ^[a-z][a-zA-Z]{0,31}$}). */
    String action();

    /** The Chinese label shown in the trail and the UI. */
    default String label() {
        return action();
    }

    /**
     * True when this action is the only way to complete its stage: the generic {@code pass} is then refused
     * on the stage (e.g. DISPATCH must name an enforcer, VERIFY must leave a verification record).
     */
    default boolean replacesPass() {
        return false;
    }

    StageOutcome handle(StageActionContext ctx);
}
