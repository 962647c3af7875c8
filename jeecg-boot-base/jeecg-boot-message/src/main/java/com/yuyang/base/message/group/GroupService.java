package com.yuyang.base.message.group;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.message.api.MessageTargets;
import com.yuyang.base.message.group.GroupRequests.Save;
import com.yuyang.base.message.group.GroupRequests.View;
import com.yuyang.base.message.target.GroupLookup;
import com.yuyang.base.message.target.TargetChecker;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Custom notification groups: named target sets that notices and senders reuse (E3). */
@Service
public class GroupService implements GroupLookup {

    private final MsgGroupMapper groups;
    private final GroupTargetMapper members;
    private final TargetChecker checker;

    public GroupService(MsgGroupMapper groups, GroupTargetMapper members, @Lazy TargetChecker checker) {
        this.groups = groups;
        this.members = members;
        this.checker = checker;
    }

    public List<View> list() {
        long tenant = CurrentUser.require().tenantId();
        List<MsgGroup> all = groups.selectList(new LambdaQueryWrapper<MsgGroup>().eq(MsgGroup::getTenantId, tenant)
                .orderByAsc(MsgGroup::getName).orderByAsc(MsgGroup::getId));
        Map<Long, MessageTargets> targets = membersByGroup(tenant, all.stream().map(MsgGroup::getId).toList());
        return all.stream().map(g -> view(g, targets.getOrDefault(g.getId(), MessageTargets.none()))).toList();
    }

    @Transactional
    public View create(Save req) {
        long tenant = CurrentUser.require().tenantId();
        MessageTargets t = req.members().toTargets();
        checker.requireKnown(tenant, t, false);
        MsgGroup g = new MsgGroup();
        g.setTenantId(tenant);
        g.setName(req.name().trim());
        g.setRemark(req.remark());
        groups.insert(g);
        writeMembers(g.getId(), t);
        return view(find(g.getId()), t);
    }

    @Transactional
    public View update(long id, Save req) {
        MsgGroup g = find(id);
        if (req.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        MessageTargets t = req.members().toTargets();
        checker.requireKnown(g.getTenantId(), t, false);
        g.setName(req.name().trim());
        g.setRemark(req.remark());
        g.setVersion(req.version());
        if (groups.updateById(g) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        members.clear(id);
        writeMembers(id, t);
        return view(find(id), t);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        groups.deleteById(id);
        members.clear(id);
    }

    @Override
    public Set<Long> existingGroupIds(long tenantId, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        return groups.selectList(new LambdaQueryWrapper<MsgGroup>().eq(MsgGroup::getTenantId, tenantId)
                .in(MsgGroup::getId, groupIds)).stream().map(MsgGroup::getId).collect(Collectors.toSet());
    }

    @Override
    public MessageTargets membersOf(long tenantId, Collection<Long> groupIds) {
        Set<Long> users = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<Long> grids = new LinkedHashSet<>();
        Set<Long> depts = new LinkedHashSet<>();
        for (MessageTargets t : membersByGroup(tenantId, groupIds).values()) {
            users.addAll(t.userIds());
            roles.addAll(t.roleCodes());
            grids.addAll(t.gridIds());
            depts.addAll(t.deptIds());
        }
        return new MessageTargets(users, roles, grids, depts, null);
    }

    private Map<Long, MessageTargets> membersByGroup(long tenantId, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<GroupTargetMapper.Row>> rows = members.targetsOf(tenantId, groupIds).stream()
                .collect(Collectors.groupingBy(GroupTargetMapper.Row::groupId));
        return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> toTargets(e.getValue())));
    }

    private static MessageTargets toTargets(List<GroupTargetMapper.Row> rows) {
        Set<Long> users = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<Long> grids = new LinkedHashSet<>();
        Set<Long> depts = new LinkedHashSet<>();
        for (GroupTargetMapper.Row r : rows) {
            switch (r.targetType()) {
                case "USER" -> users.add(Long.valueOf(r.targetValue()));
                case "ROLE" -> roles.add(r.targetValue());
                case "GRID" -> grids.add(Long.valueOf(r.targetValue()));
                case "DEPT" -> depts.add(Long.valueOf(r.targetValue()));
                default -> { }
            }
        }
        return new MessageTargets(users, roles, grids, depts, null);
    }

    private void writeMembers(long groupId, MessageTargets t) {
        t.userIds().forEach(v -> members.insert(groupId, "USER", String.valueOf(v)));
        t.roleCodes().forEach(v -> members.insert(groupId, "ROLE", v));
        t.gridIds().forEach(v -> members.insert(groupId, "GRID", String.valueOf(v)));
        t.deptIds().forEach(v -> members.insert(groupId, "DEPT", String.valueOf(v)));
    }

    private MsgGroup find(long id) {
        MsgGroup g = groups.selectById(id);
        if (g == null || g.getTenantId() != CurrentUser.require().tenantId()) {
            throw BizException.notFound("通知分组不存在");
        }
        return g;
    }

    private static View view(MsgGroup g, MessageTargets t) {
        return new View(g.getId(), g.getName(), g.getRemark(), t, g.getVersion(), g.getCreateBy(), g.getCreateTime());
    }
}
