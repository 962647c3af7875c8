package com.yuyang.traffic.safety.recheck;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** The unit's view of the recheck job (A3): what nobody could take, and what went to another inspector. */
@Tag(name = "安全监管-复查分配")
@RestController
@RequestMapping("/api/safety/rechecks")
public class RecheckDispatchController {

    private static final Set<String> STATUSES = Set.of("OPEN", "DONE", "UNASSIGNED");

    private final WorkQueries work;

    public RecheckDispatchController(WorkQueries work) {
        this.work = work;
    }

    @Operation(summary = "复查分配结果：status=UNASSIGNED 为无人可分配（含原因），reassigned=true 为已改派给其他检查人员的")
    @RequiresPermissions("safety:recheck:manage")
    @GetMapping
    public Result<List<WorkQueries.Dispatch>> list(@RequestParam(required = false) String status,
                                                   @RequestParam(defaultValue = "false") boolean reassigned) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("状态只能是 OPEN、DONE 或 UNASSIGNED");
        }
        return Result.ok(work.dispatch(CurrentUser.require(), status, reassigned));
    }
}
