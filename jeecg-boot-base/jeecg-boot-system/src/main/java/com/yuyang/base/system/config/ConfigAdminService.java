package com.yuyang.base.system.config;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.support.AfterCommit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;

/** Administration of configuration items; every change clears the configuration cache after commit. */
@Service
public class ConfigAdminService {

    private final SysConfigMapper mapper;
    private final ConfigCache cache;

    public ConfigAdminService(SysConfigMapper mapper, ConfigCache cache) {
        this.mapper = mapper;
        this.cache = cache;
    }

    public Page<SysConfig> page(String keyword, Long tenantId, boolean systemOnly, long pageNo, long pageSize) {
        LambdaQueryWrapper<SysConfig> q = new LambdaQueryWrapper<SysConfig>()
                .orderByAsc(SysConfig::getConfigKey).orderByAsc(SysConfig::getTenantId);
        if (keyword != null && !keyword.isBlank()) {
            q.and(w -> w.like(SysConfig::getConfigKey, keyword).or().like(SysConfig::getDescription, keyword));
        }
        if (systemOnly) {
            q.isNull(SysConfig::getTenantId);
        } else if (tenantId != null) {
            q.eq(SysConfig::getTenantId, tenantId);
        }
        return mapper.selectPage(Page.of(pageNo, pageSize), q);
    }

    public SysConfig get(long id) {
        SysConfig c = mapper.selectById(id);
        if (c == null) {
            throw BizException.notFound("配置项不存在");
        }
        return c;
    }

    @Transactional
    public SysConfig create(ConfigBody body) {
        checkValue(body);
        if (body.tenantId() != null && mapper.tenantExists(body.tenantId()) == 0) {
            throw BizException.badRequest("租户不存在：" + body.tenantId());
        }
        LambdaQueryWrapper<SysConfig> same = new LambdaQueryWrapper<SysConfig>().eq(SysConfig::getConfigKey, body.key());
        if (body.tenantId() == null) {
            same.isNull(SysConfig::getTenantId);
        } else {
            same.eq(SysConfig::getTenantId, body.tenantId());
        }
        if (mapper.exists(same)) {
            throw BizException.conflict("配置项已存在：" + body.key());
        }
        SysConfig c = new SysConfig();
        c.setTenantId(body.tenantId());
        c.setConfigKey(body.key());
        c.setEditable(1);
        apply(c, body);
        mapper.insert(c);
        AfterCommit.run(cache::clear);
        return c;
    }

    @Transactional
    public SysConfig update(long id, ConfigBody body) {
        checkValue(body);
        SysConfig c = get(id);
        if (!c.getConfigKey().equals(body.key()) || !Objects.equals(c.getTenantId(), body.tenantId())) {
            throw BizException.badRequest("配置键和租户创建后不能修改");
        }
        requireEditable(c);
        if (body.version() == null) {
            throw BizException.badRequest("参数校验失败：version: 修改时必须提供版本号");
        }
        c.setVersion(body.version());
        apply(c, body);
        if (mapper.updateById(c) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        AfterCommit.run(cache::clear);
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        SysConfig c = get(id);
        requireEditable(c);
        mapper.purge(id);
        AfterCommit.run(cache::clear);
    }

    private static void requireEditable(SysConfig c) {
        if (c.getEditable() != null && c.getEditable() == 0) {
            throw BizException.forbidden("该配置项不允许在线修改");
        }
    }

    private static void checkValue(ConfigBody body) {
        String problem = ConfigValueType.valueOf(body.valueType()).check(body.value());
        if (problem != null) {
            throw BizException.badRequest("参数校验失败：value: " + problem);
        }
    }

    private static void apply(SysConfig c, ConfigBody body) {
        c.setConfigValue(body.value());
        c.setValueType(body.valueType());
        c.setDescription(body.description());
    }
}
