package com.yuyang.server.bench;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * BENCHMARK ONLY (issue 3 "Measured", bench/online-list.sh): the hand-written MyBatis-Plus counterpart of
 * {@code GET /api/online/data/bench_vehicle} — same filters (vehicle_type eq, register_date range), same sort
 * (whitelisted column, then id), same page and the same envelope ({@code result.records}, {@code result.total}).
 * Exists only under the {@code bench} Spring profile; guarded by the form's own list permission.
 */
@Profile("bench")
@RestController
@RequestMapping("/api/bench/vehicles")
public class BenchVehicleController {

    /** Same page answer shape as the generic API's PageResult. */
    public record PageAnswer(List<BenchVehicle> records, long total, long current, long size) {
    }

    private final BenchVehicleMapper mapper;

    public BenchVehicleController(BenchVehicleMapper mapper) {
        this.mapper = mapper;
    }

    @GetMapping
    @RequiresPermissions("online:bench_vehicle:list")
    public Result<PageAnswer> list(@RequestParam(defaultValue = "1") long pageNo,
                                   @RequestParam(defaultValue = "10") long pageSize,
                                   @RequestParam(name = "vehicle_type", required = false) String vehicleType,
                                   @RequestParam(name = "register_date_begin", required = false) LocalDate begin,
                                   @RequestParam(name = "register_date_end", required = false) LocalDate end,
                                   @RequestParam(defaultValue = "id") String sort,
                                   @RequestParam(defaultValue = "desc") String order) {
        if (pageSize < 1 || pageSize > 1000 || pageNo < 1) {
            throw BizException.badRequest("分页参数不正确");
        }
        boolean asc = "asc".equalsIgnoreCase(order);
        LambdaQueryWrapper<BenchVehicle> q = new LambdaQueryWrapper<BenchVehicle>()
                .eq(BenchVehicle::getTenantId, CurrentUser.require().tenantId())
                .eq(vehicleType != null && !vehicleType.isBlank(), BenchVehicle::getVehicleType, vehicleType)
                .ge(begin != null, BenchVehicle::getRegisterDate, begin)
                .le(end != null, BenchVehicle::getRegisterDate, end)
                .orderBy(true, asc, column(sort));
        if (!"id".equals(sort)) {
            q.orderByDesc(BenchVehicle::getId);
        }
        Page<BenchVehicle> page = mapper.selectPage(Page.of(pageNo, pageSize), q);
        return Result.ok(new PageAnswer(page.getRecords(), page.getTotal(), page.getCurrent(), page.getSize()));
    }

    private static SFunction<BenchVehicle, ?> column(String sort) {
        return switch (sort) {
            case "id" -> BenchVehicle::getId;
            case "register_date" -> BenchVehicle::getRegisterDate;
            case "seats" -> BenchVehicle::getSeats;
            default -> throw BizException.badRequest("不支持按该字段排序");
        };
    }
}
