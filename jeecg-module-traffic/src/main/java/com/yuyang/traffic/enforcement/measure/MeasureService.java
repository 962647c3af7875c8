package com.yuyang.traffic.enforcement.measure;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.caseflow.api.Actor;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * B9: records the measures chosen for a case and publishes them at once (the public page shows them from then on),
 * then lets the subject's status follow. A fine outside the range of the case's minor class (the catalogue entry's
 * range when the class has none) is refused unless the caller confirms it explicitly; it is then stored with
 * {@code out_of_range = 1} and the confirming user, and statistics and the archive can list such decisions.
 */
@Service
public class MeasureService {

    private final CaseMeasureMapper measures;
    private final MeasureCatalog catalog;
    private final CaseCategories categories;
    private final SubjectStatus subjects;

    public MeasureService(CaseMeasureMapper measures, MeasureCatalog catalog, CaseCategories categories,
                          SubjectStatus subjects) {
        this.measures = measures;
        this.catalog = catalog;
        this.categories = categories;
        this.subjects = subjects;
    }

    public List<CaseMeasure> decide(CaseView c, Object rawMeasures, boolean confirmOutOfRange, Actor actor) {
        List<MeasureChoice> choices = MeasureChoice.parse(rawMeasures, catalog);
        CaseCategory category = categories.find(c.categoryId()).orElse(null);
        List<CaseMeasure> out = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (MeasureChoice m : choices) {
            CaseMeasure row = new CaseMeasure();
            row.setTenantId(1L);
            row.setCaseId(c.id());
            row.setGridId(c.gridId());
            row.setSubjectId(c.subjectId());
            row.setCategoryId(c.categoryId());
            row.setMeasureId(m.entry().id());
            row.setMeasureType(m.entry().type().name());
            row.setMeasureName(m.entry().name());
            row.setAmount(m.amount());
            row.setDurationDays(m.durationDays());
            row.setNote(m.note());
            row.setOutOfRange(0);
            if (m.entry().type() == MeasureType.FINE) {
                BigDecimal min = category != null && (category.fineMin() != null || category.fineMax() != null)
                        ? category.fineMin() : m.entry().amountMin();
                BigDecimal max = category != null && (category.fineMin() != null || category.fineMax() != null)
                        ? category.fineMax() : m.entry().amountMax();
                row.setRangeMin(min);
                row.setRangeMax(max);
                boolean outside = min != null && m.amount().compareTo(min) < 0 || max != null && m.amount().compareTo(max) > 0;
                if (outside && !confirmOutOfRange) {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("confirmRequired", true);
                    detail.put("measureId", String.valueOf(m.entry().id()));
                    detail.put("amount", m.amount());
                    detail.put("rangeMin", min);
                    detail.put("rangeMax", max);
                    throw new BizException(400, "罚款金额 " + m.amount().toPlainString() + " 元超出该类案件的罚款幅度（"
                            + range(min, max) + "），如确需超出幅度处罚，请确认后重新提交（confirmOutOfRange=true）", detail);
                }
                if (outside) {
                    row.setOutOfRange(1);
                    row.setConfirmedBy(actor.userId());
                }
            }
            if (m.entry().type() == MeasureType.SUSPENSION) {
                row.setEffectiveUntil(LocalDate.now().plusDays(m.durationDays()));
            }
            row.setPublishedTime(now);
            measures.insert(row);
            out.add(row);
        }
        if (c.subjectId() != null) {
            subjects.follow(c.subjectId(), actor.name());
        }
        return out;
    }

    /** Published measures of a case, in decision order (no scope check: the caller resolved the case). */
    public List<CaseMeasure> published(long caseId) {
        return DataScopeContext.runAsSystem(() -> measures.selectList(new LambdaQueryWrapper<CaseMeasure>()
                .eq(CaseMeasure::getCaseId, caseId).isNotNull(CaseMeasure::getPublishedTime)
                .orderByAsc(CaseMeasure::getCreateTime).orderByAsc(CaseMeasure::getId)));
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return min.toPlainString() + "–" + max.toPlainString() + " 元";
        }
        return min != null ? "不低于 " + min.toPlainString() + " 元" : "不超过 " + max.toPlainString() + " 元";
    }
}
