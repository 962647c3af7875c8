package com.yuyang.traffic.enforcement.caseflow.api;

/**
 * What the engine does after a stage action: stay on the stage, advance to the next stage of the case's
 * route (closing the case after the last one), jump to the first stage with the given code (searched after
 * the current one, then from the start), or close the case.
 */
public record StageOutcome(Kind kind, StageCode target) {

    public enum Kind { STAY, ADVANCE, JUMP, CLOSE }

    public static StageOutcome stay() {
        return new StageOutcome(Kind.STAY, null);
    }

    public static StageOutcome advance() {
        return new StageOutcome(Kind.ADVANCE, null);
    }

    public static StageOutcome jumpTo(StageCode target) {
        return new StageOutcome(Kind.JUMP, java.util.Objects.requireNonNull(target));
    }

    public static StageOutcome close() {
        return new StageOutcome(Kind.CLOSE, null);
    }
}
