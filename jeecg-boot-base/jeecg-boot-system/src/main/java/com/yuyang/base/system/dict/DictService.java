package com.yuyang.base.system.dict;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.support.AfterCommit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Dictionary administration. Every change evicts the dictionary's cache entry after commit. */
@Service
public class DictService {

    private final SysDictMapper dicts;
    private final SysDictItemMapper items;
    private final DictCache cache;

    public DictService(SysDictMapper dicts, SysDictItemMapper items, DictCache cache) {
        this.dicts = dicts;
        this.items = items;
        this.cache = cache;
    }

    public Page<SysDict> page(String keyword, long pageNo, long pageSize) {
        LambdaQueryWrapper<SysDict> q = new LambdaQueryWrapper<SysDict>().orderByAsc(SysDict::getCode);
        if (keyword != null && !keyword.isBlank()) {
            q.and(w -> w.like(SysDict::getCode, keyword).or().like(SysDict::getName, keyword));
        }
        return dicts.selectPage(Page.of(pageNo, pageSize), q);
    }

    public SysDict get(long id) {
        SysDict d = dicts.selectById(id);
        if (d == null) {
            throw BizException.notFound("字典不存在");
        }
        return d;
    }

    public List<SysDictItem> itemsOf(long dictId) {
        return items.selectList(new LambdaQueryWrapper<SysDictItem>().eq(SysDictItem::getDictId, dictId)
                .orderByAsc(SysDictItem::getSortNo).orderByAsc(SysDictItem::getId));
    }

    @Transactional
    public SysDict create(DictRequests.DictBody body) {
        if (dicts.exists(new LambdaQueryWrapper<SysDict>().eq(SysDict::getCode, body.code()))) {
            throw BizException.conflict("字典编码已存在：" + body.code());
        }
        SysDict d = new SysDict();
        d.setCode(body.code());
        apply(d, body);
        dicts.insert(d);
        AfterCommit.run(() -> cache.evict(d.getCode()));
        return d;
    }

    @Transactional
    public SysDict update(long id, DictRequests.DictBody body) {
        SysDict d = get(id);
        if (!d.getCode().equals(body.code())) {
            throw BizException.badRequest("字典编码创建后不能修改");
        }
        requireVersion(body.version());
        d.setVersion(body.version());
        apply(d, body);
        if (dicts.updateById(d) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        AfterCommit.run(() -> cache.evict(d.getCode()));
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        SysDict d = get(id);
        items.purgeByDict(id);
        dicts.purge(id);
        AfterCommit.run(() -> cache.evict(d.getCode()));
    }

    @Transactional
    public SysDictItem addItem(long dictId, DictRequests.ItemBody body) {
        SysDict d = get(dictId);
        requireUniqueValue(dictId, body.value(), null);
        SysDictItem i = new SysDictItem();
        i.setDictId(dictId);
        apply(i, body);
        items.insert(i);
        AfterCommit.run(() -> cache.evict(d.getCode()));
        return i;
    }

    @Transactional
    public SysDictItem updateItem(long itemId, DictRequests.ItemBody body) {
        SysDictItem i = item(itemId);
        SysDict d = get(i.getDictId());
        requireUniqueValue(i.getDictId(), body.value(), itemId);
        requireVersion(body.version());
        i.setVersion(body.version());
        apply(i, body);
        if (items.updateById(i) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        AfterCommit.run(() -> cache.evict(d.getCode()));
        return item(itemId);
    }

    @Transactional
    public void deleteItem(long itemId) {
        SysDictItem i = item(itemId);
        SysDict d = get(i.getDictId());
        items.purge(itemId);
        AfterCommit.run(() -> cache.evict(d.getCode()));
    }

    private SysDictItem item(long id) {
        SysDictItem i = items.selectById(id);
        if (i == null) {
            throw BizException.notFound("字典项不存在");
        }
        return i;
    }

    private void requireUniqueValue(long dictId, String value, Long exceptId) {
        LambdaQueryWrapper<SysDictItem> q = new LambdaQueryWrapper<SysDictItem>()
                .eq(SysDictItem::getDictId, dictId).eq(SysDictItem::getValue, value);
        if (exceptId != null) {
            q.ne(SysDictItem::getId, exceptId);
        }
        if (items.exists(q)) {
            throw BizException.conflict("字典项值已存在：" + value);
        }
    }

    private static void requireVersion(Integer version) {
        if (version == null) {
            throw BizException.badRequest("参数校验失败：version: 修改时必须提供版本号");
        }
    }

    private static void apply(SysDict d, DictRequests.DictBody body) {
        d.setName(body.name().trim());
        d.setDescription(body.description());
        d.setStatus(body.status() == null ? "ACTIVE" : body.status());
    }

    private static void apply(SysDictItem i, DictRequests.ItemBody body) {
        i.setValue(body.value().trim());
        i.setLabel(body.label().trim());
        i.setSortNo(body.sortNo());
        i.setStatus(body.status() == null ? "ACTIVE" : body.status());
        i.setColor(body.color());
    }
}
