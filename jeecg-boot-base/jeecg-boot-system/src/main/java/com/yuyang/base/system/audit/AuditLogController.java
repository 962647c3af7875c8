package com.yuyang.base.system.audit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "审计日志")
@RestController
@RequestMapping("/api/sys/logs")
public class AuditLogController {

    private final SysAuditLogMapper mapper;

    public AuditLogController(SysAuditLogMapper mapper) {
        this.mapper = mapper;
    }

    @Operation(summary = "检索审计日志（按用户、操作、模块、结果、IP、时间范围，分页，新的在前）")
    @RequiresPermissions("sys:log:list")
    @GetMapping
    public Result<Page<SysAuditLog>> search(@Valid AuditLogQuery q) {
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw BizException.badRequest("参数校验失败：from: 开始时间不能晚于结束时间");
        }
        LambdaQueryWrapper<SysAuditLog> w = new LambdaQueryWrapper<SysAuditLog>()
                .eq(notBlank(q.username()), SysAuditLog::getUsername, q.username())
                .eq(q.userId() != null, SysAuditLog::getUserId, q.userId())
                .eq(notBlank(q.action()), SysAuditLog::getAction, q.action())
                .eq(notBlank(q.module()), SysAuditLog::getModule, q.module())
                .eq(notBlank(q.result()), SysAuditLog::getSuccess, "SUCCESS".equals(q.result()) ? 1 : 0)
                .eq(notBlank(q.ip()), SysAuditLog::getIp, q.ip())
                .ge(q.from() != null, SysAuditLog::getLogTime, q.from())
                .le(q.to() != null, SysAuditLog::getLogTime, q.to())
                .orderByDesc(SysAuditLog::getLogTime).orderByDesc(SysAuditLog::getId);
        long pageNo = q.pageNo() == null ? 1 : q.pageNo();
        long pageSize = q.pageSize() == null ? 20 : q.pageSize();
        return Result.ok(mapper.selectPage(Page.of(pageNo, pageSize), w));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
