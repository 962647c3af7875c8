package com.yuyang.traffic.safety.checkitem;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A1 industry ↔ item sets (supervision, self-check) and A9 inspector ↔ item remit, replaced as a whole. */
@Service
public class ItemBindingService {

    public static final String SUPERVISION = "SUPERVISION";
    public static final String SELF_CHECK = "SELF_CHECK";

    private final IndustryItemMapper industryItems;
    private final InspectorItemMapper inspectorItems;
    private final CheckItemMapper items;
    private final JdbcTemplate jdbc;

    public ItemBindingService(IndustryItemMapper industryItems, InspectorItemMapper inspectorItems,
                              CheckItemMapper items, JdbcTemplate jdbc) {
        this.industryItems = industryItems;
        this.inspectorItems = inspectorItems;
        this.items = items;
        this.jdbc = jdbc;
    }

    public List<Long> industryItems(long industryId, String kind) {
        return industryItems.selectList(new LambdaQueryWrapper<IndustryItem>().eq(IndustryItem::getIndustryId, industryId)
                .eq(IndustryItem::getKind, kind)).stream().map(IndustryItem::getItemId).sorted().toList();
    }

    public List<Long> inspectorItems(long userId) {
        return inspectorItems.selectList(new LambdaQueryWrapper<InspectorItem>().eq(InspectorItem::getUserId, userId))
                .stream().map(InspectorItem::getItemId).sorted().toList();
    }

    @Transactional
    public void replaceIndustryItems(long industryId, Collection<Long> supervision, Collection<Long> selfCheck, LoginUser user) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM safety_industry WHERE id = ? AND del_flag = 0", Integer.class, industryId);
        if (n == null || n == 0) {
            throw BizException.notFound("行业不存在");
        }
        Set<Long> all = new LinkedHashSet<>(supervision);
        all.addAll(selfCheck);
        requireItems(all);
        industryItems.delete(new LambdaQueryWrapper<IndustryItem>().eq(IndustryItem::getIndustryId, industryId));
        insertIndustry(industryId, new LinkedHashSet<>(supervision), SUPERVISION, user);
        insertIndustry(industryId, new LinkedHashSet<>(selfCheck), SELF_CHECK, user);
    }

    @Transactional
    public void replaceInspectorItems(long userId, Collection<Long> itemIds, LoginUser user) {
        Set<Long> ids = new LinkedHashSet<>(itemIds);
        requireItems(ids);
        inspectorItems.delete(new LambdaQueryWrapper<InspectorItem>().eq(InspectorItem::getUserId, userId));
        for (Long id : ids) {
            InspectorItem i = new InspectorItem();
            i.setUserId(userId);
            i.setItemId(id);
            i.setCreateBy(user.username());
            i.setCreateTime(LocalDateTime.now());
            inspectorItems.insert(i);
        }
    }

    private void insertIndustry(long industryId, Set<Long> ids, String kind, LoginUser user) {
        for (Long id : ids) {
            IndustryItem i = new IndustryItem();
            i.setIndustryId(industryId);
            i.setItemId(id);
            i.setKind(kind);
            i.setCreateBy(user.username());
            i.setCreateTime(LocalDateTime.now());
            industryItems.insert(i);
        }
    }

    private void requireItems(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> found = items.selectBatchIds(ids).stream().map(CheckItem::getId).collect(Collectors.toSet());
        List<String> missing = ids.stream().filter(id -> !found.contains(id)).map(String::valueOf).toList();
        if (!missing.isEmpty()) {
            throw BizException.badRequest("检查项不存在：" + String.join("、", missing));
        }
    }
}
