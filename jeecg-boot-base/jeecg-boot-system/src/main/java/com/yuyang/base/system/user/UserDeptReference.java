package com.yuyang.base.system.user;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.system.dept.DeptReferenceCheck;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A department with users cannot be deleted. */
@Component
class UserDeptReference implements DeptReferenceCheck {

    private final SysUserMapper users;

    UserDeptReference(SysUserMapper users) {
        this.users = users;
    }

    @Override
    public Optional<String> blocksDelete(long deptId) {
        return users.selectCount(new LambdaQueryWrapper<SysUser>().eq(SysUser::getDeptId, deptId)) > 0
                ? Optional.of("该部门下存在用户，不能删除") : Optional.empty();
    }
}
