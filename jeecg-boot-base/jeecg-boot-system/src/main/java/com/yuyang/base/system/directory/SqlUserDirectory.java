package com.yuyang.base.system.directory;

import com.yuyang.base.system.api.UserDirectory;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** {@link UserDirectory} over the system tables; empty inputs never reach the database. */
@Service
public class SqlUserDirectory implements UserDirectory {

    private final UserDirectoryMapper mapper;

    public SqlUserDirectory(UserDirectoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Set<Long> activeUsers(long tenantId, Collection<Long> userIds) {
        return query(userIds, ids -> mapper.activeUsers(tenantId, ids));
    }

    @Override
    public Set<Long> usersWithRoles(long tenantId, Collection<String> roleCodes) {
        return query(roleCodes, codes -> mapper.usersWithRoles(tenantId, codes));
    }

    @Override
    public Set<Long> usersInGrids(long tenantId, Collection<Long> gridIds) {
        return query(gridIds, ids -> mapper.usersInGrids(tenantId, ids));
    }

    @Override
    public Set<Long> usersInDepts(long tenantId, Collection<Long> deptIds) {
        return query(deptIds, ids -> mapper.usersInDepts(tenantId, ids));
    }

    @Override
    public Set<String> existingRoleCodes(long tenantId, Collection<String> roleCodes) {
        return query(roleCodes, codes -> mapper.existingRoleCodes(tenantId, codes));
    }

    @Override
    public Set<Long> existingGridIds(long tenantId, Collection<Long> gridIds) {
        return query(gridIds, ids -> mapper.existingGridIds(tenantId, ids));
    }

    @Override
    public Set<Long> existingDeptIds(long tenantId, Collection<Long> deptIds) {
        return query(deptIds, ids -> mapper.existingDeptIds(tenantId, ids));
    }

    @Override
    public Map<Long, UserRef> users(Collection<Long> userIds) {
        Map<Long, UserRef> out = new LinkedHashMap<>();
        for (UserRef u : query(userIds, mapper::users)) {
            out.put(u.id(), u);
        }
        return out;
    }

    private static <I, O> Set<O> query(Collection<I> input, Function<List<I>, List<O>> q) {
        List<I> clean = input == null ? List.of() : input.stream().filter(Objects::nonNull).distinct().toList();
        if (clean.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(q.apply(clean));
    }
}
