package com.yuyang.traffic.enforcement.category;

import java.math.BigDecimal;

/** A row of the online form enforcement_case_category: a major class (root) or a minor class with its fine range (B9). */
public record CaseCategory(long id, long parentId, String name, String code, String level, BigDecimal fineMin,
                           BigDecimal fineMax) {

    public static final String MAJOR = "MAJOR";
    public static final String MINOR = "MINOR";

    public boolean minor() {
        return MINOR.equals(level);
    }
}
