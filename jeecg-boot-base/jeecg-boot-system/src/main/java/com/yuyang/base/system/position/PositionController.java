package com.yuyang.base.system.position;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.position.PositionRequests.Query;
import com.yuyang.base.system.position.PositionRequests.Save;
import com.yuyang.base.system.position.PositionRequests.View;
import com.yuyang.base.system.user.UserService;
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

/** Positions: a flat list small enough that the controller talks to the mapper directly. */
@RestController
@Tag(name = "岗位管理")
@RequestMapping("/api/sys/positions")
public class PositionController {

    private final SysPositionMapper positions;
    private final UserService users;

    public PositionController(SysPositionMapper positions, UserService users) {
        this.positions = positions;
        this.users = users;
    }

    @GetMapping
    @RequiresPermissions("sys:position:list")
    public Result<PageResult<View>> list(@Valid Query q) {
        Page<SysPosition> page = new Page<>(q.page() == null ? 1 : q.page(), q.size() == null ? 20 : q.size());
        return Result.ok(PageResult.of(positions.selectPage(page, new LambdaQueryWrapper<SysPosition>()
                .like(StringUtils.hasText(q.name()), SysPosition::getName, q.name())
                .orderByAsc(SysPosition::getSortNo).orderByAsc(SysPosition::getId)), View::of));
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:position:list")
    public Result<View> get(@PathVariable long id) {
        return Result.ok(View.of(find(id)));
    }

    @PostMapping
    @RequiresPermissions("sys:position:add")
    @Transactional
    public Result<View> create(@Valid @RequestBody Save body) {
        requireUniqueCode(body.code(), null);
        SysPosition p = new SysPosition();
        p.setTenantId(1L);
        apply(p, body);
        positions.insert(p);
        return get(p.getId());
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:position:edit")
    @Transactional
    public Result<View> update(@PathVariable long id, @Valid @RequestBody Save body) {
        if (body.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        SysPosition p = find(id);
        requireUniqueCode(body.code(), id);
        apply(p, body);
        p.setVersion(body.version());
        if (positions.updateById(p) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        return get(id);
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:position:delete")
    @Transactional
    public Result<Void> delete(@PathVariable long id) {
        find(id);
        if (users.countByPosition(id) > 0) {
            throw BizException.badRequest("该岗位下存在用户，不能删除");
        }
        positions.deleteById(id);
        return Result.ok();
    }

    private void apply(SysPosition p, Save body) {
        p.setCode(body.code());
        p.setName(body.name().trim());
        p.setSortNo(body.sortNo() == null ? 0 : body.sortNo());
    }

    private void requireUniqueCode(String code, Long self) {
        SysPosition other = positions.selectOne(new LambdaQueryWrapper<SysPosition>().eq(SysPosition::getCode, code));
        if (other != null && !other.getId().equals(self)) {
            throw BizException.conflict("岗位编码已存在");
        }
    }

    private SysPosition find(long id) {
        SysPosition p = positions.selectById(id);
        if (p == null) {
            throw BizException.notFound("岗位不存在");
        }
        return p;
    }
}
