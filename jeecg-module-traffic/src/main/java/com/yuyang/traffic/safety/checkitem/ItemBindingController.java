package com.yuyang.traffic.safety.checkitem;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A1: items of an industry (supervision / self-check); A9: check items bound to an inspector. */
@Tag(name = "安全监管-检查项配置")
@RestController
@RequestMapping("/api/safety")
public class ItemBindingController {

    private final ItemBindingService bindings;

    public ItemBindingController(ItemBindingService bindings) {
        this.bindings = bindings;
    }

    public record IndustryItems(@NotNull(message = "监管项不能为空") @Size(max = 200, message = "监管项不超过 200 个") List<@NotNull(message = "检查项不能为空") Long> supervision,
                                @NotNull(message = "自检项不能为空") @Size(max = 200, message = "自检项不超过 200 个") List<@NotNull(message = "检查项不能为空") Long> selfCheck) {
    }

    public record InspectorItems(@NotNull(message = "检查项不能为空") @Size(max = 200, message = "检查项不超过 200 个") List<@NotNull(message = "检查项不能为空") Long> itemIds) {
    }

    @Operation(summary = "行业的监管项与自检项")
    @RequiresPermissions("online:safety_industry:list")
    @GetMapping("/industries/{id}/items")
    public Result<IndustryItems> industryItems(@PathVariable long id) {
        return Result.ok(new IndustryItems(bindings.industryItems(id, ItemBindingService.SUPERVISION),
                bindings.industryItems(id, ItemBindingService.SELF_CHECK)));
    }

    @Operation(summary = "设置行业的监管项与自检项（整体替换）")
    @RequiresPermissions("safety:industry-item:edit")
    @PutMapping("/industries/{id}/items")
    public Result<IndustryItems> setIndustryItems(@PathVariable long id, @Valid @RequestBody IndustryItems body) {
        bindings.replaceIndustryItems(id, body.supervision(), body.selfCheck(), CurrentUser.require());
        return industryItems(id);
    }

    @Operation(summary = "检查人员绑定的检查项")
    @RequiresPermissions("safety:inspector-item:list")
    @GetMapping("/inspectors/{userId}/items")
    public Result<InspectorItems> inspectorItems(@PathVariable long userId) {
        return Result.ok(new InspectorItems(bindings.inspectorItems(userId)));
    }

    @Operation(summary = "设置检查人员的检查项（整体替换；超出部分检查时需流转）")
    @RequiresPermissions("safety:inspector-item:edit")
    @PutMapping("/inspectors/{userId}/items")
    public Result<InspectorItems> setInspectorItems(@PathVariable long userId, @Valid @RequestBody InspectorItems body) {
        bindings.replaceInspectorItems(userId, body.itemIds(), CurrentUser.require());
        return inspectorItems(userId);
    }
}
