package com.yuyang.traffic.safety.equipment;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Grid members: A8 review of special equipment declarations in their grids, and the overdue list. */
@Tag(name = "安全监管-特种设备审核")
@RestController
@RequestMapping("/api/safety/equipment")
public class EquipmentReviewController {

    private final EquipmentService equipment;

    public EquipmentReviewController(EquipmentService equipment) {
        this.equipment = equipment;
    }

    @Operation(summary = "本人网格内的特种设备（status=PENDING 即待审核；overdue=true 只列维保超期的设备）")
    @RequiresPermissions("safety:equipment:review")
    @GetMapping
    public Result<List<Map<String, Object>>> list(@RequestParam(required = false) String status,
                                                  @RequestParam(required = false, defaultValue = "false") boolean overdue) {
        return Result.ok(equipment.inMyGrids(status, overdue, CurrentUser.require()));
    }

    @Operation(summary = "审核通过：按设备类型的周期建立维保周期，通知企业", description = "请求示例：{\"note\":\"资料齐全\"}")
    @RequiresPermissions("safety:equipment:review")
    @PostMapping("/{id}/approve")
    public Result<Map<String, Object>> approve(@PathVariable long id,
                                               @Valid @RequestBody(required = false) EquipmentRequests.Approve body) {
        return Result.ok("设备申报已审核通过", equipment.review(id, true, body == null ? null : body.note(), CurrentUser.require()));
    }

    @Operation(summary = "退回（须填写原因），通知企业修改后重新提交", description = "请求示例：{\"reason\":\"请补充特种设备使用登记证照片\"}")
    @RequiresPermissions("safety:equipment:review")
    @PostMapping("/{id}/return")
    public Result<Map<String, Object>> giveBack(@PathVariable long id, @Valid @RequestBody EquipmentRequests.Return body) {
        return Result.ok("设备申报已退回", equipment.review(id, false, body.reason().trim(), CurrentUser.require()));
    }
}
