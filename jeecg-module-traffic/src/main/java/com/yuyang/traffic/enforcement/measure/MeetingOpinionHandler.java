package com.yuyang.traffic.enforcement.measure;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionContext;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionHandler;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.caseflow.api.StageOutcome;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * B8: the FILE (立案) stage's action {@code meetingOpinion}: the competent department's meeting opinion, the only way
 * to complete the stage (a filed case waits here, automatic filing included). The opinion itself is the action's
 * {@code opinion} (required); {@code data.meetingDate} (yyyy-MM-dd, not in the future) and {@code data.participants}
 * are kept with the trail entry. Measures (B9) can be chosen only after it.
 */
@Component
public class MeetingOpinionHandler implements StageActionHandler {

    public static final String ACTION = "meetingOpinion";

    @Override
    public StageCode stage() {
        return StageCode.FILE;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String label() {
        return "录入会议意见";
    }

    @Override
    public boolean replacesPass() {
        return true;
    }

    @Override
    public StageOutcome handle(StageActionContext ctx) {
        if (ctx.opinion() == null || ctx.opinion().isBlank()) {
            throw BizException.badRequest("会议意见（opinion）不能为空");
        }
        String date = ctx.text("meetingDate", "会议日期", true, 10);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw BizException.badRequest("会议日期格式应为 yyyy-MM-dd");
        }
        if (day.isAfter(LocalDate.now())) {
            throw BizException.badRequest("会议日期不能晚于今天");
        }
        ctx.detail("meetingDate", day.toString());
        String participants = ctx.text("participants", "参会人员", false, 500);
        if (participants != null) {
            ctx.detail("participants", participants);
        }
        return StageOutcome.advance();
    }
}
