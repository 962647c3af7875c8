package com.yuyang.traffic.enforcement.appeal;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionContext;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionHandler;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.caseflow.api.StageOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * B7: {@code pass} on the 接受申诉 (APPEAL) stage. Staff may end the stage by hand, but not while an appeal of the
 * case waits for its answer: the appellant is owed a reply before the case moves on (409, nothing changed). Once
 * every appeal is answered the stage completes like the engine's generic pass; the automatic filing of B8
 * ({@link AutomaticFiling}) is unaffected.
 * <p>
 * The pending appeals are read with a locking read: it sees an appeal committed after this transaction's snapshot
 * (the engine read the case before claiming it) and keeps a new one out until the action commits.
 * {@link AppealService#submit} locks the case row, so an appeal never lands on a case that has just left the stage.
 */
@Component
public class AppealStagePass implements StageActionHandler {

    private final JdbcTemplate jdbc;

    public AppealStagePass(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StageCode stage() {
        return StageCode.APPEAL;
    }

    @Override
    public String action() {
        return "pass";
    }

    @Override
    public String label() {
        return "办结本环节";
    }

    @Override
    public StageOutcome handle(StageActionContext ctx) {
        List<Integer> pending = jdbc.queryForList("SELECT seq FROM enforcement_appeal WHERE case_id = ? AND status = ?"
                + " AND del_flag = 0 ORDER BY seq FOR UPDATE", Integer.class, ctx.caseId(), Appeal.PENDING);
        if (!pending.isEmpty()) {
            throw BizException.conflict("该案件的第" + pending.get(0) + "次申诉尚未答复，请先在“申诉答复”中答复后再办结“"
                    + ctx.caseView().currentStageName() + "”环节");
        }
        return StageOutcome.advance();
    }
}
