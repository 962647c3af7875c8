package com.yuyang.server.bench;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * BENCHMARK ONLY (issue 3 "Measured"): a hand-written entity over the table of the bench-only online form
 * {@code bench_vehicle} (bench/bench_vehicle.json), so the generic data API can be compared with plain
 * MyBatis-Plus on the same rows. Only its mapper and controller use it, and they exist only under the
 * {@code bench} Spring profile.
 */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("bench_vehicle")
public class BenchVehicle extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private String plateNo;
    private String ownerName;
    private String vehicleType;
    private Integer seats;
    private BigDecimal loadTons;
    private LocalDate registerDate;
    private Boolean inService;
    private String remark;
}
