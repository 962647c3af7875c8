package com.yuyang.traffic.enforcement.stats;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    public Result<Map<String, Object>> overview(@Parameter(example = "2026-01-01") @RequestParam(required = false) String from,
                                                @Parameter(example = "2026-12-31") @RequestParam(required = false) String to,
                                                @RequestParam(required = false) Long gridId,
                                                @RequestParam(required = false) Long categoryId) {
        return Result.ok(stats.overview(filter(from, to, gridId, categoryId)));
    }

    @Operation(summary = "按案件小类统计（含大类），案件多的在前")
    @GetMapping("/by-category")
    public Result<List<Map<String, Object>>> byCategory(@RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to,
                                                        @RequestParam(required = false) Long gridId,
                                                        @RequestParam(required = false) Long categoryId) {
        return Result.ok(stats.byCategory(filter(from, to, gridId, categoryId)));
    }

    @Operation(summary = "按网格统计")
    @GetMapping("/by-grid")
    public Result<List<Map<String, Object>>> byGrid(@RequestParam(required = false) String from,
                                                    @RequestParam(required = false) String to,
                                                    @RequestParam(required = false) Long gridId,
                                                    @RequestParam(required = false) Long categoryId) {
        return Result.ok(stats.byGrid(filter(from, to, gridId, categoryId)));
    }

    @Operation(summary = "按月/季度/年度统计（period=MONTH|QUARTER|YEAR）")
    @GetMapping("/trend")
    public Result<List<Map<String, Object>>> trend(@Parameter(example = "QUARTER") @RequestParam(defaultValue = "MONTH") String period,
                                                   @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to,
                                                   @RequestParam(required = false) Long gridId,
                                                   @RequestParam(required = false) Long categoryId) {
        return Result.ok(stats.trend(filter(from, to, gridId, categoryId), period));
    }

    @Operation(summary = "高发原因：核实记录中最常见的违法原因与案件最多的小类（各前 10）")
    @GetMapping("/causes")
    public Result<Map<String, Object>> causes(@RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) Long gridId,
                                              @RequestParam(required = false) Long categoryId) {
        return Result.ok(stats.causes(filter(from, to, gridId, categoryId)));
    }

    @Operation(summary = "执法对象按类型、状态统计")
    @GetMapping("/subjects")
    public Result<List<Map<String, Object>>> subjects(@RequestParam(required = false) Long gridId) {
        return Result.ok(stats.subjects(gridId));
    }

    private static EnforcementStatsService.Filter filter(String from, String to, Long gridId, Long categoryId) {
        return new EnforcementStatsService.Filter(date(from, "from"), date(to, "to"), gridId, categoryId);
    }

    private static LocalDate date(String v, String name) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw BizException.badRequest("日期参数 " + name + " 格式应为 yyyy-MM-dd");
        }
    }
}
