package com.yuyang.base.online.query;

import java.util.List;

/** A parsed, validated list request: only metadata columns, typed values, a whitelisted sort. */
public record ListQuery(List<Condition> conditions, String sortColumn, boolean ascending, int pageNo, int pageSize,
                        Long parentId) {

    public long offset() {
        return (long) (pageNo - 1) * pageSize;
    }
}
