package com.yuyang.traffic.enforcement.measure;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.caseflow.api.CaseActionView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionContext;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionHandler;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.caseflow.api.StageOutcome;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The MEASURES stage's action {@code measures} (B9): {@code data = {"measures": [{"measureId", "amount",
 * "durationDays", "note"}], "confirmOutOfRange": false}}. Only after the meeting opinion: a case that went
 * through filing (立案) needs an opinion recorded by a person on its FILE stage first. The measures are
 * published with the action and the case advances; a plain {@code pass} cannot complete the stage.
 */
@Component
public class ChooseMeasuresHandler implements StageActionHandler {

    public static final String ACTION = "measures";

    private final MeasureService measures;
    private final CaseQueries cases;

    public ChooseMeasuresHandler(MeasureService measures, CaseQueries cases) {
        this.measures = measures;
        this.cases = cases;
    }

    @Override
    public StageCode stage() {
        return StageCode.MEASURES;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String label() {
        return "选择处置措施";
    }

    @Override
    public boolean replacesPass() {
        return true;
    }

    @Override
    public StageOutcome handle(StageActionContext ctx) {
        requireMeetingOpinion(ctx.caseId());
        Object confirm = ctx.data().get("confirmOutOfRange");
        boolean confirmed = Boolean.TRUE.equals(confirm) || "true".equals(String.valueOf(confirm));
        List<CaseMeasure> chosen = measures.decide(ctx.caseView(), ctx.data().get("measures"), confirmed, ctx.actor());
        ctx.detail("measures", chosen.stream().map(m -> Map.of(
                "measureId", String.valueOf(m.getMeasureId()),
                "type", m.getMeasureType(),
                "name", m.getMeasureName(),
                "amount", m.getAmount() == null ? "" : m.getAmount().toPlainString(),
                "durationDays", m.getDurationDays() == null ? "" : String.valueOf(m.getDurationDays()),
                "outOfRange", m.getOutOfRange() == 1)).toList());
        return StageOutcome.advance();
    }

    private void requireMeetingOpinion(long caseId) {
        List<CaseActionView> trail = cases.actions(caseId);
        boolean filed = cases.stages(caseId).stream().anyMatch(s -> s.stageCode() == StageCode.FILE);
        if (!filed) {
            return;
        }
        boolean opinion = trail.stream().anyMatch(a -> a.stageCode() == StageCode.FILE && a.actorId() != null
                && a.opinion() != null && !a.opinion().isBlank());
        if (!opinion) {
            throw BizException.conflict("案件立案后尚未录入主管部门会议意见，不能选择处置措施");
        }
    }
}
