package com.yuyang.base.system.directory;

import com.yuyang.base.system.api.OrgDirectory;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@link OrgDirectory} over the system tables. */
@Service
public class SqlOrgDirectory implements OrgDirectory {

    private final OrgDirectoryMapper mapper;

    public SqlOrgDirectory(OrgDirectoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<GridMember> membersCovering(Set<Long> gridIds) {
        return gridIds.isEmpty() ? List.of() : mapper.membersCovering(gridIds);
    }

    @Override
    public Set<Long> gridsCoveredBy(long userId) {
        return new HashSet<>(mapper.gridsCoveredBy(userId));
    }

    @Override
    public Optional<Long> deptOf(long userId) {
        return Optional.ofNullable(mapper.deptOf(userId));
    }

    @Override
    public Optional<Long> parentDept(long deptId) {
        Long parent = mapper.parentDept(deptId);
        return parent == null || parent == 0 ? Optional.empty() : Optional.of(parent);
    }

    @Override
    public Optional<String> deptPath(long deptId) {
        return Optional.ofNullable(mapper.deptPath(deptId));
    }

    @Override
    public boolean leadsDeptOrAncestor(long leaderId, long deptId) {
        return mapper.leadsDeptOrAncestor(leaderId, deptId) > 0;
    }

    @Override
    public Optional<String> realName(long userId) {
        return Optional.ofNullable(mapper.realName(userId));
    }

    @Override
    public Set<Long> deptSubtree(long deptId) {
        return new HashSet<>(mapper.deptSubtree(deptId));
    }

    @Override
    public Map<Long, String> deptPaths() {
        Map<Long, String> out = new java.util.HashMap<>();
        for (Map<String, Object> row : mapper.deptPaths()) {
            Object id = row.containsKey("id") ? row.get("id") : row.get("ID");
            Object path = row.containsKey("path") ? row.get("path") : row.get("PATH");
            out.put(((Number) id).longValue(), (String) path);
        }
        return out;
    }

    @Override
    public Set<Long> gridSubtree(long gridId) {
        return new HashSet<>(mapper.gridSubtree(gridId));
    }

    @Override
    public Map<Long, String> gridNames(Collection<Long> gridIds) {
        return names(gridIds, mapper::gridNames);
    }

    @Override
    public Map<Long, String> deptNames(Collection<Long> deptIds) {
        return names(deptIds, mapper::deptNames);
    }

    private static Map<Long, String> names(Collection<Long> ids, Function<List<Long>, List<OrgDirectoryMapper.IdName>> query) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> out = new HashMap<>();
        if (!wanted.isEmpty()) {
            query.apply(wanted).forEach(n -> out.put(n.id(), n.name()));
        }
        return out;
    }

    @Override
    public List<Node> grids() {
        return mapper.grids();
    }

    @Override
    public List<Node> depts() {
        return mapper.depts();
    }
}
