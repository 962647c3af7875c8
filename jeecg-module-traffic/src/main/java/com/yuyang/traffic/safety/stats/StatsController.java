package com.yuyang.traffic.safety.stats;

import com.yuyang.base.core.web.QueryDates;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** A7/A9 statistics; every endpoint takes deptId (unit), gridId and from/to (yyyy-MM-dd) and honours grid isolation. */
@Tag(name = "安全监管-统计分析")
@RestController
@RequestMapping("/api/safety/stats")
@RequiresPermissions("safety:stats:list")
public class StatsController {

    private final StatsService stats;

    public StatsController(StatsService stats) {
        this.stats = stats;
    }

    @Operation(summary = "被检查主体行业分析")
    @GetMapping("/subjects-by-industry")
    public Result<List<Map<String, Object>>> subjectsByIndustry(@RequestParam(required = false) Long deptId,
                                                                @RequestParam(required = false) Long gridId) {
        return Result.ok(stats.subjectsByIndustry(new StatsService.Filter(deptId, gridId, null, null)));
    }

    @Operation(summary = "行业内不达标检查项分析")
    @GetMapping("/unqualified-by-industry")
    public Result<List<Map<String, Object>>> unqualifiedByIndustry(@ParameterObject Query q) {
        return Result.ok(stats.unqualifiedByIndustry(q.filter()));
    }

    @Operation(summary = "各网格网格员工作量（检查次数、检查项数）")
    @GetMapping("/workload")
    public Result<List<Map<String, Object>>> workload(@ParameterObject Query q) {
        return Result.ok(stats.workload(q.filter()));
    }

    @Operation(summary = "随机抽检达标分析")
    @GetMapping("/sampling-pass-rate")
    public Result<Map<String, Object>> samplingPassRate(@ParameterObject Query q) {
        return Result.ok(stats.samplingPassRate(q.filter()));
    }

    @Operation(summary = "各检查项达标情况（byIndustry=true 时按行业细分）")
    @GetMapping("/item-pass-rate")
    public Result<List<Map<String, Object>>> itemPassRate(@ParameterObject Query q,
                                                          @RequestParam(defaultValue = "false") boolean byIndustry) {
        return Result.ok(stats.itemPassRate(q.filter(), byIndustry));
    }

    @Operation(summary = "考核统计：当月/季度/年度监管数量、不达标数、主体数量变化、每个监管员工作量")
    @GetMapping("/assessment")
    public Result<Map<String, Object>> assessment(@RequestParam(defaultValue = "MONTH") String period,
                                                  @RequestParam(required = false) String date,
                                                  @RequestParam(required = false) Long deptId,
                                                  @RequestParam(required = false) Long gridId) {
        return Result.ok(stats.assessment(period, QueryDates.optional(date, "date"), deptId, gridId));
    }

    /** Unit (deptId), grid and from/to (yyyy-MM-dd): the filter of the dated figures. */
    public record Query(Long deptId, Long gridId, String from, String to) {
        StatsService.Filter filter() {
            return new StatsService.Filter(deptId, gridId, QueryDates.optional(from, "from"), QueryDates.optional(to, "to"));
        }
    }
}
