package com.yuyang.base.system.grid;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;


/** A supervision grid (A9): multi-level, owned by a unit, optional GeoJSON polygon. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_grid")
public class SysGrid extends AuditedEntity {
    private Long tenantId;
    private Long parentId;
    private String path;
    private Long deptId;
    private String name;
    private String code;
    private Integer levelNo;
    private String geojson;
    private Integer sortNo;
    private String status;
    private String remark;
}
