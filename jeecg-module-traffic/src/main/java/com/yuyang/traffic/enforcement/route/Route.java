package com.yuyang.traffic.enforcement.route;

import java.time.LocalDateTime;
import java.util.List;

/** A route version of a minor class. Versions are immutable; the active one is used for new cases. */
public record Route(long id, long categoryId, int versionNo, boolean active, String remark, String createBy,
                    LocalDateTime createTime, List<RouteStage> stages) {

    public RouteStage stage(int seq) {
        return stages.stream().filter(s -> s.seq() == seq).findFirst()
                .orElseThrow(() -> new IllegalStateException("route " + id + " has no stage " + seq));
    }

    public java.util.Optional<RouteStage> next(int seq) {
        return stages.stream().filter(s -> s.seq() > seq).findFirst();
    }
}
