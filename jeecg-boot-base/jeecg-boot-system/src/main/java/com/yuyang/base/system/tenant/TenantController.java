package com.yuyang.base.system.tenant;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.tenant.TenantRequests.Query;
import com.yuyang.base.system.tenant.TenantRequests.Save;
import com.yuyang.base.system.tenant.TenantRequests.View;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tenant management for administrators; the default tenant (1) cannot be deleted. */
@RestController
@Tag(name = "租户管理")
@RequestMapping("/api/sys/tenants")
public class TenantController {

    static final long DEFAULT_TENANT = 1L;

    private final SysTenantMapper tenants;
    private final FieldCipher cipher;

    public TenantController(SysTenantMapper tenants, FieldCipher cipher) {
        this.tenants = tenants;
        this.cipher = cipher;
    }

    @GetMapping
    @RequiresPermissions("sys:tenant:list")
    public Result<PageResult<View>> list(@Valid Query q) {
        Page<SysTenant> page = new Page<>(q.page() == null ? 1 : q.page(), q.size() == null ? 20 : q.size());
        return Result.ok(PageResult.of(tenants.selectPage(page, new LambdaQueryWrapper<SysTenant>()
                .like(StringUtils.hasText(q.name()), SysTenant::getName, q.name())
                .orderByAsc(SysTenant::getId)), this::view));
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:tenant:list")
    public Result<View> get(@PathVariable long id) {
        return Result.ok(view(find(id)));
    }

    @PostMapping
    @RequiresPermissions("sys:tenant:add")
    @Transactional
    public Result<View> create(@Valid @RequestBody Save body) {
        requireUniqueCode(body.code(), null);
        SysTenant t = new SysTenant();
        apply(t, body);
        tenants.insert(t);
        return get(t.getId());
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:tenant:edit")
    @Transactional
    public Result<View> update(@PathVariable long id, @Valid @RequestBody Save body) {
        if (body.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        SysTenant t = find(id);
        requireUniqueCode(body.code(), id);
        apply(t, body);
        t.setVersion(body.version());
        if (tenants.updateById(t) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        return get(id);
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:tenant:delete")
    @Transactional
    public Result<Void> delete(@PathVariable long id) {
        find(id);
        if (id == DEFAULT_TENANT) {
            throw BizException.badRequest("默认租户不能删除");
        }
        tenants.deleteById(id);
        return Result.ok();
    }

    private void apply(SysTenant t, Save body) {
        t.setName(body.name().trim());
        t.setCode(body.code());
        t.setStatus(body.status() == null ? "ACTIVE" : body.status());
        t.setContactName(body.contactName());
        if (body.contactPhone() != null) {
            t.setContactPhoneEnc(body.contactPhone().isEmpty() ? null : cipher.encrypt(body.contactPhone()));
        }
        t.setRemark(body.remark());
    }

    private View view(SysTenant t) {
        return new View(t.getId(), t.getName(), t.getCode(), t.getStatus(), t.getContactName(),
                cipher.decrypt(t.getContactPhoneEnc()), t.getRemark(), t.getVersion());
    }

    private void requireUniqueCode(String code, Long self) {
        SysTenant other = tenants.selectOne(new LambdaQueryWrapper<SysTenant>().eq(SysTenant::getCode, code));
        if (other != null && !other.getId().equals(self)) {
            throw BizException.conflict("租户编码已存在");
        }
    }

    private SysTenant find(long id) {
        SysTenant t = tenants.selectById(id);
        if (t == null) {
            throw BizException.notFound("租户不存在");
        }
        return t;
    }
}
