package com.yuyang.base.system.dept;

import com.yuyang.base.core.kv.KvStore;
import com.yuyang.base.core.security.UnitCeilingProvider;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The unit permission ceiling (E1): the codes granted to the nearest unit on the department's path (itself
 * first, then its ancestors) that has any ceiling rows; none on the whole path → no ceiling. Cached in the
 * shared key/value store; any ceiling, move or permission change evicts all entries.
 */
@Service
public class UnitCeilingService implements UnitCeilingProvider {

    private static final String PREFIX = "org:ceiling:";
    private static final String NONE = "!none";
    private static final Duration TTL = Duration.ofMinutes(30);

    private final SysDeptMapper depts;
    private final DeptCeilingMapper ceilings;
    private final KvStore kv;

    public UnitCeilingService(SysDeptMapper depts, DeptCeilingMapper ceilings, KvStore kv) {
        this.depts = depts;
        this.ceilings = ceilings;
        this.kv = kv;
    }

    @Override
    public Optional<Set<String>> ceilingOf(Long deptId) {
        if (deptId == null) {
            return Optional.empty();
        }
        String cached = kv.get(PREFIX + deptId).orElse(null);
        if (cached == null) {
            cached = compute(deptId).map(codes -> String.join(",", codes)).orElse(NONE);
            kv.set(PREFIX + deptId, cached, TTL);
        }
        if (NONE.equals(cached)) {
            return Optional.empty();
        }
        return Optional.of(cached.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(cached.split(","))));
    }

    public void evictAll() {
        kv.deleteByPrefix(PREFIX);
    }

    private Optional<Set<String>> compute(long deptId) {
        SysDept dept = depts.selectById(deptId);
        if (dept == null) {
            return Optional.empty();
        }
        List<Long> nearestFirst = new ArrayList<>();
        for (String part : dept.getPath().split("/")) {
            if (!part.isEmpty()) {
                nearestFirst.add(Long.valueOf(part));
            }
        }
        Collections.reverse(nearestFirst);
        Set<Long> withRows = Set.copyOf(ceilings.deptsWithCeiling(nearestFirst));
        for (Long id : nearestFirst) {
            if (withRows.contains(id)) {
                return Optional.of(new LinkedHashSet<>(ceilings.codesOf(id)));
            }
        }
        return Optional.empty();
    }
}
