package com.yuyang.traffic.safety.recheck;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final UnassignedRechecks unassigned;

    public RecheckDispatchController(WorkQueries work, UnassignedRechecks unassigned) {
        this.work = work;
        this.unassigned = unassigned;
    }

    /** Body of a hand assignment; a missing inspector is answered with a Chinese 400 by the service. */
    @Schema(example = "{\"inspectorId\": 3}")
    public record AssignBody(Long inspectorId) {
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

    @Operation(summary = "可接手该未分配复查的检查人员（在岗、负责主体网格、持有该检查项、属于主体所在单位）")
    @RequiresPermissions("safety:recheck:manage")
    @GetMapping("/{id}/candidates")
    public Result<List<UnassignedRechecks.Candidate>> candidates(@PathVariable long id) {
        return Result.ok(unassigned.candidates(id, CurrentUser.require()));
    }

    @Operation(summary = "手工分配未分配（UNASSIGNED）的复查：检查人员须负责主体网格、持有该检查项并属于主体所在单位，否则 400")
    @RequiresPermissions("safety:recheck:manage")
    @PostMapping("/{id}/assign")
    public Result<Void> assign(@PathVariable long id, @RequestBody(required = false) AssignBody body) {
        unassigned.assign(id, body == null ? null : body.inspectorId(), CurrentUser.require());
        return Result.ok();
    }
}
