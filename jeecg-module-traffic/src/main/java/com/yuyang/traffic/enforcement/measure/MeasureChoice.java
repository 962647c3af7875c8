package com.yuyang.traffic.enforcement.measure;

import com.yuyang.base.core.exception.BizException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures part of a MEASURES action ({@code data.measures}), parsed and checked against the catalogue:
 * a fine needs an amount (0.01 … 100,000,000 yuan, two decimals), a suspension a duration within the catalogue
 * entry's maximum, revocation and referral take neither. Untrusted input: every problem is a 400 in Chinese.
 */
public record MeasureChoice(MeasureCatalog.Entry entry, BigDecimal amount, Integer durationDays, String note) {

    static final int MAX_MEASURES = 10;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    static List<MeasureChoice> parse(Object raw, MeasureCatalog catalog) {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            throw BizException.badRequest("请至少选择一项处置措施（measures）");
        }
        if (list.size() > MAX_MEASURES) {
            throw BizException.badRequest("处置措施不能超过 " + MAX_MEASURES + " 项");
        }
        List<MeasureChoice> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "第" + (i + 1) + "项处置措施";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw BizException.badRequest(at + "格式不正确");
            }
            long id = number(m.get("measureId"), at + "的措施编号（measureId）");
            MeasureCatalog.Entry e = catalog.active(id)
                    .orElseThrow(() -> BizException.badRequest(at + "不在处置措施目录中或已停用"));
            if (!seen.add(id)) {
                throw BizException.badRequest("处置措施“" + e.name() + "”重复选择");
            }
            BigDecimal amount = null;
            Integer days = null;
            switch (e.type()) {
                case FINE -> amount = amount(m.get("amount"), at + "（" + e.name() + "）的罚款金额");
                case SUSPENSION -> {
                    long d = number(m.get("durationDays"), at + "（" + e.name() + "）的期限天数");
                    int max = e.maxDurationDays() == null ? 3650 : e.maxDurationDays();
                    if (d < 1 || d > max) {
                        throw BizException.badRequest(at + "（" + e.name() + "）的期限应为 1 至 " + max + " 天");
                    }
                    days = (int) d;
                }
                default -> {
                    if (m.get("amount") != null || m.get("durationDays") != null) {
                        throw BizException.badRequest(at + "（" + e.name() + "）不需要填写金额或期限");
                    }
                }
            }
            if (e.type() != MeasureType.FINE && m.get("amount") != null) {
                throw BizException.badRequest(at + "（" + e.name() + "）不需要填写罚款金额");
            }
            Object note = m.get("note");
            String n = note == null ? null : note.toString().trim();
            if (n != null && n.length() > 500) {
                throw BizException.badRequest(at + "的说明不能超过 500 字");
            }
            out.add(new MeasureChoice(e, amount, days, n == null || n.isEmpty() ? null : n));
        }
        return out;
    }

    private static long number(Object v, String label) {
        if (v == null || v.toString().isBlank()) {
            throw BizException.badRequest(label + "不能为空");
        }
        try {
            return v instanceof Number n && !(v instanceof Double || v instanceof Float) ? n.longValue()
                    : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw BizException.badRequest(label + "必须是整数");
        }
    }

    private static BigDecimal amount(Object v, String label) {
        if (v == null || v.toString().isBlank()) {
            throw BizException.badRequest(label + "不能为空");
        }
        BigDecimal a;
        try {
            a = new BigDecimal(v.toString().trim());
        } catch (NumberFormatException e) {
            throw BizException.badRequest(label + "必须是数字");
        }
        if (a.signum() <= 0 || a.compareTo(MAX_AMOUNT) > 0) {
            throw BizException.badRequest(label + "应大于 0 且不超过 1 亿元");
        }
        if (a.stripTrailingZeros().scale() > 2) {
            throw BizException.badRequest(label + "最多保留两位小数");
        }
        return a.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
