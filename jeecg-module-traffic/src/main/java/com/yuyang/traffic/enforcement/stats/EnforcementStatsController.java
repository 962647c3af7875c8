package com.yuyang.traffic.enforcement.stats;

import com.yuyang.base.core.web.QueryDates;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * B15/B17 statistics. Every endpoint takes {@code from}/{@code to} (yyyy-MM-dd, creation date of the cases; default
 * 1 January to today), {@code gridId} (with its sub-grids) and {@code categoryId} (a minor class, or a major class
 * with its minor classes); figures only ever cover the caller's grids.
 */
@Tag(name = "执法-统计分析")
@RestController
@RequestMapping("/api/enforcement/stats")
@RequiresPermissions("enforcement:stats:list")
public class EnforcementStatsController {

    private final EnforcementStatsService stats;

    public EnforcementStatsController(EnforcementStatsService stats) {
        this.stats = stats;
    }

    @Operation(summary = "总览：案件数、办结数与办结率、超期、申诉、处罚案件数、处置措施（按类型）、罚款金额、超幅度处罚")
    @GetMapping("/overview")
    public Result<Map<String, Object>> overview(@ParameterObject Query q) {
        return Result.ok(stats.overview(q.filter()));
    }

    @Operation(summary = "按案件小类统计（含大类），案件多的在前")
    @GetMapping("/by-category")
    public Result<List<Map<String, Object>>> byCategory(@ParameterObject Query q) {
        return Result.ok(stats.byCategory(q.filter()));
    }

    @Operation(summary = "按网格统计")
    @GetMapping("/by-grid")
    public Result<List<Map<String, Object>>> byGrid(@ParameterObject Query q) {
        return Result.ok(stats.byGrid(q.filter()));
    }

    @Operation(summary = "按月/季度/年度统计（period=MONTH|QUARTER|YEAR）")
    @GetMapping("/trend")
    public Result<List<Map<String, Object>>> trend(@Parameter(example = "QUARTER") @RequestParam(defaultValue = "MONTH") String period,
                                                   @ParameterObject Query q) {
        return Result.ok(stats.trend(q.filter(), period));
    }

    @Operation(summary = "高发原因：核实记录中最常见的违法原因与案件最多的小类（各前 10）")
    @GetMapping("/causes")
    public Result<Map<String, Object>> causes(@ParameterObject Query q) {
        return Result.ok(stats.causes(q.filter()));
    }

    @Operation(summary = "执法对象按类型、状态统计")
    @GetMapping("/subjects")
    public Result<List<Map<String, Object>>> subjects(@RequestParam(required = false) Long gridId) {
        return Result.ok(stats.subjects(gridId));
    }

    /** The filter every figure but the subjects takes (see the class comment). */
    public record Query(@Parameter(example = "2026-01-01") String from, @Parameter(example = "2026-12-31") String to,
                        Long gridId, Long categoryId) {
        EnforcementStatsService.Filter filter() {
            return new EnforcementStatsService.Filter(QueryDates.optional(from, "from"), QueryDates.optional(to, "to"), gridId,
                    categoryId);
        }
    }
}
