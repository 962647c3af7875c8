package com.yuyang.base.online.api;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.metadata.FormPermissionRegistrar.Action;

/**
 * Per-form permission check: the codes are data (online:&lt;form&gt;:&lt;action&gt;), so they cannot be
 * static annotations. No user → 401; missing code → 403.
 */
final class OnlinePermissions {

    private OnlinePermissions() {
    }

    static LoginUser require(String form, Action action) {
        return requireCode(action.code(form));
    }

    static LoginUser requireCode(String code) {
        LoginUser user = CurrentUser.require();
        if (!user.hasPermission(code)) {
            throw BizException.forbidden("没有权限执行此操作：" + code);
        }
        return user;
    }
}
