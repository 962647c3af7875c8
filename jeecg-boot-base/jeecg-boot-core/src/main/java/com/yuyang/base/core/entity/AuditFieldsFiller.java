package com.yuyang.base.core.entity;

import com.baomidou.mybatisplus.core.handlers.MetaObjectHandler;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import org.apache.ibatis.reflection.MetaObject;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

@Component
public class AuditFieldsFiller implements MetaObjectHandler {

    private static String who() {
        return CurrentUser.get().map(LoginUser::username).orElse("system");
    }

    @Override
    public void insertFill(MetaObject meta) {
        LocalDateTime now = LocalDateTime.now();
        strictInsertFill(meta, "createBy", String.class, who());
        strictInsertFill(meta, "createTime", LocalDateTime.class, now);
        strictInsertFill(meta, "updateBy", String.class, who());
        strictInsertFill(meta, "updateTime", LocalDateTime.class, now);
        strictInsertFill(meta, "version", Integer.class, 0);
        strictInsertFill(meta, "delFlag", Integer.class, 0);
    }

    @Override
    public void updateFill(MetaObject meta) {
        setFieldValByName("updateBy", who(), meta);
        setFieldValByName("updateTime", LocalDateTime.now(), meta);
    }
}
