package com.yuyang.traffic.enforcement.archive;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.traffic.enforcement.appeal.AppealService;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import com.yuyang.traffic.enforcement.measure.MeasureService;
import com.yuyang.traffic.enforcement.subject.EnforcementSubject;
import com.yuyang.traffic.enforcement.subject.EnforcementSubjects;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * B10: the read-only file of one archived case, assembled from the engine's read API ({@link CaseQueries}: grid
 * scope of the caller, 404 outside it), the measures and the appeals.
 */
@Service
public class ArchiveCases {

    private final CaseQueries cases;
    private final CaseCategories categories;
    private final EnforcementSubjects subjects;
    private final MeasureService measures;
    private final AppealService appeals;
    private final OrgDirectory org;

    public ArchiveCases(CaseQueries cases, CaseCategories categories, EnforcementSubjects subjects,
                        MeasureService measures, AppealService appeals, OrgDirectory org) {
        this.cases = cases;
        this.categories = categories;
        this.subjects = subjects;
        this.measures = measures;
        this.appeals = appeals;
        this.org = org;
    }

    public ArchiveCaseView get(long caseId) {
        CaseView c = cases.find(caseId).orElseThrow(() -> BizException.notFound("案件不存在或无权访问"));
        CaseCategory minor = categories.find(c.categoryId()).orElse(null);
        CaseCategory major = minor == null || minor.parentId() == 0 ? null : categories.find(minor.parentId()).orElse(null);
        EnforcementSubject s = c.subjectId() == null ? null : subjects.find(c.subjectId()).orElse(null);
        ArchiveCaseView.Case info = new ArchiveCaseView.Case(String.valueOf(c.id()), c.caseNo(),
                major == null ? null : major.name(), minor == null ? null : minor.name(), s == null ? null : s.name(),
                s == null ? null : s.subjectType(), c.plate(), String.valueOf(c.gridId()),
                org.gridNames(List.of(c.gridId())).get(c.gridId()), c.source(), c.content(),
                c.status(), c.currentStage() == null ? null : c.currentStage().name(),
                c.closed() ? "已结案" : c.currentStageName(), c.stageDeadline(), c.paused(),
                c.assigneeId() == null ? null : String.valueOf(c.assigneeId()),
                c.assigneeId() == null ? null : org.realName(c.assigneeId()).orElse(null), c.createTime(), c.closedTime(),
                c.routeVersion());
        return new ArchiveCaseView(info, cases.stages(caseId).stream().map(ArchiveCaseView.Stage::of).toList(),
                cases.actions(caseId).stream().map(ArchiveCaseView.Action::of).toList(), cases.verifications(caseId),
                measures.published(caseId).stream().map(m -> new ArchiveCaseView.Measure(m.getMeasureType(),
                        m.getMeasureName(), m.getAmount(), m.getDurationDays(), m.getRangeMin(), m.getRangeMax(),
                        m.getOutOfRange() != null && m.getOutOfRange() == 1, m.getNote(), m.getPublishedTime(),
                        m.getEffectiveUntil())).toList(),
                appeals.ofCase(caseId).stream().map(a -> new ArchiveCaseView.AppealLine(String.valueOf(a.getId()),
                        a.getSeq(), a.getStatus(), a.getAppellant(), a.getContent(), a.getReply(), a.getCreateTime(),
                        a.getReplyTime())).toList());
    }
}
