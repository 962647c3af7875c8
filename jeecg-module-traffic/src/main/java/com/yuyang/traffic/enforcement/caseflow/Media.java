package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.exception.BizException;

import java.util.Arrays;
import java.util.List;

/** File id lists (photos, video: ids of the platform file service) stored as a comma list. */
final class Media {

    static final int MAX = 20;

    private Media() {
    }

    static List<Long> check(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX) {
            throw BizException.badRequest("附件最多 " + MAX + " 个");
        }
        for (Long id : ids) {
            if (id == null || id <= 0) {
                throw BizException.badRequest("附件编号不正确");
            }
        }
        return List.copyOf(ids);
    }

    static String join(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
