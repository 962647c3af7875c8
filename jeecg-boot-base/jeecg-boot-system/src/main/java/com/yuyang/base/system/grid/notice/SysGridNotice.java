package com.yuyang.base.system.grid.notice;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.time.LocalDateTime;

/** A bulletin published to one grid; grid-scoped, so every query is filtered by the caller's grids. */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("sys_grid_notice")
public class SysGridNotice extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private String title;
    private String content;
    private LocalDateTime publishTime;
}
