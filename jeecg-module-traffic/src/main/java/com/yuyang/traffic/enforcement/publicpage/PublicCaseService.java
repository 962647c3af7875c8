package com.yuyang.traffic.enforcement.publicpage;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.appeal.Appeal;
import com.yuyang.traffic.enforcement.appeal.AppealService;
import com.yuyang.traffic.enforcement.appeal.AppealWindow;
import com.yuyang.traffic.enforcement.appeal.AutomaticFiling;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseStageView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import com.yuyang.traffic.enforcement.measure.MeasureService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the anonymous case page from the engine's read API, the published measures and the appeals. */
@Service
public class PublicCaseService {

    /** Seven or more digits in a row (phone, ID, bank numbers typed into free text) are masked on the public page. */
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{7,}[\\dXx]?");
    private static final Map<String, String> APPEAL_STATUS = Map.of(Appeal.PENDING, "待答复", Appeal.ACCEPTED, "已采纳",
            Appeal.REJECTED, "已驳回");

    private final CaseQueries cases;
    private final CaseCategories categories;
    private final MeasureService measures;
    private final AppealService appeals;
    private final AutomaticFiling filing;
    private final JdbcTemplate jdbc;

    public PublicCaseService(CaseQueries cases, CaseCategories categories, MeasureService measures,
                             AppealService appeals, AutomaticFiling filing, JdbcTemplate jdbc) {
        this.cases = cases;
        this.categories = categories;
        this.measures = measures;
        this.appeals = appeals;
        this.filing = filing;
        this.jdbc = jdbc;
    }

    /** The case behind a public token; 404 for a malformed, forged or unknown token (no difference shown). */
    public CaseView caseOf(String token) {
        if (token == null || token.length() > 200) {
            throw notFound();
        }
        return DataScopeContext.runAsSystem(() -> cases.findByPublicToken(token)).orElseThrow(PublicCaseService::notFound);
    }

    public PublicCaseView page(String token) {
        CaseView c = caseOf(token);
        return DataScopeContext.runAsSystem(() -> build(c));
    }

    private PublicCaseView build(CaseView c) {
        CaseCategory minor = categories.find(c.categoryId()).orElse(null);
        CaseCategory major = minor == null || minor.parentId() == 0 ? null : categories.find(minor.parentId()).orElse(null);
        List<CaseStageView> stageViews = cases.stages(c.id());
        List<PublicCaseView.Stage> stages = stageViews.stream()
                .map(s -> new PublicCaseView.Stage(s.stageCode().name(), s.stageName(), s.enteredTime(), s.deadline(),
                        s.finishedTime(), s.overdue()))
                .toList();
        List<PublicCaseView.Opinion> opinions = cases.actions(c.id()).stream()
                .filter(a -> a.publicOpinion() && a.opinion() != null && !a.opinion().isBlank())
                .map(a -> new PublicCaseView.Opinion(a.stageCode() == null ? null : a.stageCode().name(),
                        a.stageCode() == null ? null : a.stageCode().label(), a.action(), a.time(), scrub(a.opinion())))
                .toList();
        List<PublicCaseView.Measure> published = measures.published(c.id()).stream()
                .map(m -> new PublicCaseView.Measure(m.getMeasureType(), m.getMeasureName(), m.getAmount(),
                        m.getDurationDays(), m.getEffectiveUntil(), m.getPublishedTime()))
                .toList();
        List<Appeal> prior = appeals.ofCase(c.id());
        List<PublicCaseView.AppealItem> appealItems = prior.stream()
                .map(a -> new PublicCaseView.AppealItem(a.getSeq(), a.getStatus(), APPEAL_STATUS.get(a.getStatus()),
                        a.getCreateTime(), a.getReply(), a.getReplyTime()))
                .toList();
        String refusal = appeals.refusal(c, prior);
        CaseStageView current = stageViews.stream().filter(s -> c.currentStageEntryId() != null
                && s.id() == c.currentStageEntryId()).findFirst().orElse(null);
        PublicCaseView.AppealState state = new PublicCaseView.AppealState(refusal == null, prior.size(),
                AppealService.MAX_APPEALS, refusal, refusal == null && current != null
                ? AppealWindow.end(prior, current.enteredTime(), current.deadline(), filing.periodDays()) : null);
        return new PublicCaseView(c.caseNo(), major == null ? null : major.name(), minor == null ? null : minor.name(),
                subjectName(c.subjectId()), c.status(), c.closed() ? "已办结" : "办理中",
                c.currentStage() == null ? null : c.currentStage().name(), c.currentStageName(), c.createTime(),
                c.closedTime(), scrub(c.content()), stages, opinions, published, appealItems, state);
    }

    /** The subject's name; a natural person's is masked to the surname (张**). */
    private String subjectName(Long subjectId) {
        if (subjectId == null) {
            return null;
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT name, subject_type FROM enforcement_subject WHERE id = ? AND del_flag = 0", subjectId);
        if (rows.isEmpty()) {
            return null;
        }
        String name = (String) rows.get(0).get("name");
        String type = (String) rows.get(0).get("subject_type");
        if (name != null && "PERSON".equals(type) && name.length() > 1) {
            return name.charAt(0) + "*".repeat(name.length() - 1);
        }
        return name;
    }

    static String scrub(String text) {
        return text == null ? null : LONG_DIGITS.matcher(text).replaceAll(m -> {
            String v = m.group();
            return v.length() >= 11 ? v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4)
                    : "*".repeat(v.length() - 2) + v.substring(v.length() - 2);
        });
    }

    private static BizException notFound() {
        return BizException.notFound("案件不存在或二维码无效");
    }
}
