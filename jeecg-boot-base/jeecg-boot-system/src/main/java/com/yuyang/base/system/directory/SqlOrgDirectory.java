package com.yuyang.base.system.directory;

import com.yuyang.base.system.api.OrgDirectory;

import org.springframework.stereotype.Service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    public List<Node> grids() {
        return mapper.grids();
    }

    @Override
    public List<Node> depts() {
        return mapper.depts();
    }
}
